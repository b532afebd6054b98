package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.Scenario;
import io.jenkins.plugins.pleskbackup.simulator.ScenarioException;
import io.jenkins.plugins.pleskbackup.simulator.ScenarioParser;
import io.jenkins.plugins.pleskbackup.simulator.Scenarios;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plesk-backup simulate}: serves the Plesk simulator until the process is interrupted. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "Runs a Plesk simulator until Ctrl-C.",
        description = "Runs a Plesk simulator until Ctrl-C: an XML API endpoint for backup tasks, for trying the"
                + " other commands and for testing scripts without a Plesk server. It accepts the credentials of"
                + " PLESK_SECRET_KEY, or of PLESK_LOGIN and PLESK_PASSWORD (or of --credentials-file), as the"
                + " administrator, so that status, wait and start in the same shell can connect to it. New backups"
                + " finish after 3 seconds (20 seconds with --demo-tasks) unless the scenario sets another"
                + " duration.")
final class SimulateCommand implements Callable<Integer> {

    /** IPv4 or IPv6 address literals; anything else would need a DNS lookup. */
    private static final Pattern IP_LITERAL =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final CommandContext context;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8443",
            description = "TCP port to listen on (default: ${DEFAULT-VALUE}, Plesk's; 0 picks a free port).")
    int port;

    @Option(names = "--https", description = "Serve HTTPS with a self-signed certificate instead of plain HTTP.")
    boolean https;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "IP address to listen on (default: ${DEFAULT-VALUE}, reachable only from this machine).")
    String bindAddress;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Scenario file with accounts, tasks and scripted backups; see docs/command-line.md.")
    Path scenarioFile;

    @Option(names = "--demo-tasks", description = "Start with the accounts and tasks of the demo command.")
    boolean demoTasks;

    @Option(names = "--credentials-file", paramLabel = "FILE",
            description = "Java properties file with the credentials to accept, instead of the environment.")
    Path credentialsFile;

    SimulateCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        InetAddress address = parseBindAddress(bindAddress);
        if (port < 0 || port > 65535) {
            throw new UsageException("The port " + port + " is not valid; give 0 to 65535.");
        }
        Credentials credentials = credentialsFile != null ? Credentials.fromFile(credentialsFile, context)
                : Credentials.fromEnvironment(context.environment(), "the simulator to accept (status, wait and"
                        + " start in the same shell then send them)");

        PleskSimulator.Builder builder = PleskSimulator.builder()
                .https(https)
                .bindAddress(address)
                .port(port)
                .clock(context.clock());
        List<String> contents = new ArrayList<>();
        if (demoTasks) {
            builder.scenario(Scenarios.demo());
            contents.add("the demo accounts and tasks");
        }
        if (scenarioFile != null) {
            Scenario scenario = readScenario(scenarioFile);
            try {
                builder.scenario(scenario);
            } catch (IllegalArgumentException | IllegalStateException e) {
                // The parser checks a file on its own, so this is a clash with the demo data, such as a reused id.
                throw new UsageException("The scenario file '" + scenarioFile + "' conflicts with the demo accounts"
                        + " and tasks: " + e.getMessage(), e);
            }
            contents.add("scenario file '" + scenarioFile + "'");
        }
        // The credentials come last, so that a login and password replace an administrator line of the scenario.
        if (credentials.hasSecretKey()) {
            builder.secretKey(credentials.secretKey(), null);
        } else {
            builder.administrator(credentials.login(), credentials.password());
        }

        try (PleskSimulator simulator = start(builder)) {
            printBanner(simulator, address, credentials, contents);
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            context.out().println("Plesk simulator stopped.");
            context.out().flush();
        }
        return ExitCodes.INTERRUPTED;
    }

    private PleskSimulator start(PleskSimulator.Builder builder) throws IOException {
        try {
            return builder.start();
        } catch (BindException e) {
            throw new UsageException("Cannot listen on " + bindAddress + " port " + port + ": " + e.getMessage()
                    + ". Choose another port with --port (0 picks a free one).", e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // A clash between the demo tasks and the scenario file that shows only at start, such as a task id
            // defined twice.
            throw new UsageException("The simulator cannot start with these accounts and tasks: " + e.getMessage(),
                    e);
        }
    }

    private void printBanner(PleskSimulator simulator, InetAddress address, Credentials credentials,
            List<String> contents) {
        PrintStream out = context.out();
        String url = simulator.endpoint().getScheme() + "://" + simulator.endpoint().getHost() + ":"
                + simulator.port();
        out.println("Plesk simulator listening at " + simulator.endpoint());
        StringBuilder example = new StringBuilder("plesk-backup status --url " + url);
        if (simulator.isHttps()) {
            out.println("Certificate SHA-256 fingerprint: " + simulator.certificateSha256Fingerprint());
            example.append(" --pin-sha256 ").append(simulator.certificateSha256Fingerprint());
        }
        String accepted = credentials.hasSecretKey() ? "the secret key from " + credentials.source()
                + ", from any address" : "login '" + credentials.login() + "' with the password from "
                + credentials.source();
        out.println("Accepts " + accepted + ", as the administrator.");
        out.println("Contents: " + (contents.isEmpty() ? "no accounts or tasks" : String.join(" and ", contents))
                + ".");
        if (!address.isLoopbackAddress()) {
            context.warn("the simulator listens on " + bindAddress + ", so other machines can reach it.");
        }
        out.println("Try: " + example);
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    private static Scenario readScenario(Path file) {
        try {
            return ScenarioParser.parse(file);
        } catch (ScenarioException e) {
            throw new UsageException("Invalid scenario file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UsageException("Cannot read the scenario file '" + file + "' (" + e.getClass().getSimpleName()
                    + "); check the path given with --scenario.", e);
        }
    }

    /** Parses an IP address literal or {@code localhost}. Host names are rejected, so that no DNS lookup happens. */
    private static InetAddress parseBindAddress(String text) {
        String value = text.strip();
        if (value.equals("localhost")) {
            value = "127.0.0.1";
        }
        if (!IP_LITERAL.matcher(value).matches()) {
            throw new UsageException("The bind address '" + text + "' is not an IP address; give one such as"
                    + " 127.0.0.1, or 0.0.0.0 for all interfaces.");
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new UsageException("The bind address '" + text + "' is not a valid IP address; give one such as"
                    + " 127.0.0.1, or 0.0.0.0 for all interfaces.", e);
        }
    }
}
