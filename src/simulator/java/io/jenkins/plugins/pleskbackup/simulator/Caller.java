package io.jenkins.plugins.pleskbackup.simulator;

/** The authenticated user of a request: the administrator, or the customer with {@code customerId}. */
record Caller(Long customerId) {

    static final Caller ADMINISTRATOR = new Caller(null);

    boolean isAdministrator() {
        return customerId == null;
    }
}
