package io.jenkins.plugins.pleskbackup.testing;

import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import java.time.Duration;

/**
 * Plesk accounts and backup tasks with one task per owner level, so that each filter of the status step selects known
 * tasks. All tasks start at the simulator clock's start.
 *
 * <ul>
 *   <li>Reseller 3 {@code acme-hosting}, customer 7 {@code jdoe} of the administrator, customer 8 {@code mmuster} of
 *       reseller 3, webspace 11 {@code example.com} of customer 7.
 *   <li>Task 1: server, finished, prefix {@code nightly_}, on FTP storage. Task 2: reseller 3, finished. Task 3:
 *       customer 7, failed. Task 4: webspace 11, working for an hour. Task 5: server, working for an hour.
 * </ul>
 */
public final class SampleAccounts {

    public static final String RESELLER_ID = "3";
    public static final String RESELLER_LOGIN = "acme-hosting";
    public static final String CUSTOMER_ID = "7";
    public static final String CUSTOMER_LOGIN = "jdoe";
    public static final String WEBSPACE_ID = "11";
    public static final String WEBSPACE_NAME = "example.com";

    private SampleAccounts() {
    }

    /** Adds the accounts and tasks to the builder. */
    public static PleskSimulator.Builder addTo(PleskSimulator.Builder builder) {
        return builder
                .reseller(3, RESELLER_LOGIN)
                .customer(7, CUSTOMER_LOGIN)
                .customer(8, "mmuster", 3)
                .webspace(11, WEBSPACE_NAME, 7)
                .task(TaskDefinition.builder(1, TaskOwner.server())
                        .endedWith(TaskOutcome.FINISHED)
                        .prefix("nightly_")
                        .protocol("ftp")
                        .build())
                .task(TaskDefinition.builder(2, TaskOwner.reseller(3)).endedWith(TaskOutcome.FINISHED).build())
                .task(TaskDefinition.builder(3, TaskOwner.customer(7)).endedWith(TaskOutcome.FAILED).build())
                .task(TaskDefinition.builder(4, TaskOwner.webspace(11)).duration(Duration.ofHours(1)).build())
                .task(TaskDefinition.builder(5, TaskOwner.server()).duration(Duration.ofHours(1)).build());
    }
}
