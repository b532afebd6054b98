package io.jenkins.plugins.pleskbackup.simulator;

/** A customer known to the simulator. {@code resellerId} is null for customers of the administrator. */
record CustomerAccount(long id, String login, Long resellerId) {
}
