package io.jenkins.plugins.pleskbackup.simulator;

/** A reseller known to the simulator. */
record ResellerAccount(long id, String login) {
}
