package io.jenkins.plugins.pleskbackup.simulator;

/** A request packet that is not well-formed or does not match the schema. Plesk rejects such packets with error 1014. */
final class RequestInvalidException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String detail;

    RequestInvalidException(int line, String detail) {
        super("Error in line " + line + ": " + detail);
        this.line = line;
        this.detail = detail;
    }

    int line() {
        return line;
    }

    String detail() {
        return detail;
    }

    /** Returns the {@code errtext} in the form Plesk uses for error 1014. */
    String errtext() {
        return "Parser error: Request is invalid. Error in line " + line + ": " + detail;
    }
}
