package io.jenkins.plugins.pleskbackup.simulator;

/**
 * Response of {@code get-tasks-info} filtered by the {@code task-id} of a task that does not exist. Plesk does not
 * document this case, so the simulator offers both plausible shapes.
 */
public enum UnknownTaskIdResponse {

    /** {@code <result><status>ok</status></result>} without any {@code task} element (the default). */
    EMPTY_RESULT,

    /** {@code <result><status>error</status><errcode>1013</errcode>…</result>}. */
    ERROR_1013
}
