package io.jenkins.plugins.pleskbackup.simulator;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A named set of simulator settings (accounts, users, tasks, protocol versions, scripted backups) that can be applied
 * to a {@link PleskSimulator.Builder}. Built-in scenarios come from {@link Scenarios}, and scenario files are read by
 * {@link ScenarioParser}.
 */
public final class Scenario {

    private final String name;
    private final List<Consumer<PleskSimulator.Builder>> settings;

    /** Creates a scenario that applies the given settings in order. */
    public Scenario(String name, List<Consumer<PleskSimulator.Builder>> settings) {
        this.name = Objects.requireNonNull(name, "name");
        this.settings = List.copyOf(settings);
    }

    public String name() {
        return name;
    }

    /** Applies the settings to the builder. Settings applied later override earlier single-valued ones. */
    public void applyTo(PleskSimulator.Builder builder) {
        for (Consumer<PleskSimulator.Builder> setting : settings) {
            setting.accept(builder);
        }
    }

    @Override
    public String toString() {
        return "scenario '" + name + "'";
    }
}
