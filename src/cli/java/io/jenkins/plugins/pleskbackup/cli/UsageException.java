package io.jenkins.plugins.pleskbackup.cli;

/**
 * Invalid use of the command line that picocli cannot detect by itself, such as missing credentials or two options
 * that exclude each other. Ends the command with exit code 64. The message must not contain a secret.
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
