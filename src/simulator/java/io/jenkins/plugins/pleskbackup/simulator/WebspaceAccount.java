package io.jenkins.plugins.pleskbackup.simulator;

/** A webspace (subscription) known to the simulator. {@code customerId} is null for the administrator's webspaces. */
record WebspaceAccount(long id, String name, Long customerId) {
}
