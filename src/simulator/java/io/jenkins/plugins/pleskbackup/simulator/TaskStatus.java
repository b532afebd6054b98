package io.jenkins.plugins.pleskbackup.simulator;

/** Status of a backup task, as enumerated by {@code BackupTaskStatus} in Plesk's {@code backup.xsd}. */
public enum TaskStatus {
    WORKING("working"),
    STOPPED("stopped"),
    FAILED("failed"),
    FINISHED("finished");

    private final String xmlValue;

    TaskStatus(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    /** Returns the value that appears in the {@code status} element of a {@code task}. */
    public String xmlValue() {
        return xmlValue;
    }
}
