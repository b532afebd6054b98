package io.jenkins.plugins.pleskbackup.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A deliberate misbehaviour of the simulated server for one request, queued or made permanent through
 * {@link FaultInjector}. Faults that replace the whole response (HTTP errors, HTML, empty body, closed connection,
 * redirect, system error, raw response) skip the request's operations, so nothing is created or stopped. Faults that
 * alter the XML (truncated XML, wrong task status, missing result) execute the operations first. An operation error
 * replaces the affected operations without executing them.
 */
public final class Fault {

    enum Kind {
        DELAY_ONLY,
        HTTP_ERROR,
        HTML_PAGE,
        EMPTY_BODY,
        TRUNCATED_XML,
        CLOSE_CONNECTION,
        WRONG_TASK_STATUS,
        MISSING_RESULT,
        REDIRECT,
        SYSTEM_ERROR,
        OPERATION_ERROR,
        RAW_RESPONSE
    }

    private final Kind kind;
    private final Duration delay;
    private final int httpStatus;
    private final String contentType;
    private final byte[] body;
    private final String text;
    private final int errorCode;

    private Fault(Kind kind, Duration delay, int httpStatus, String contentType, byte[] body, String text,
            int errorCode) {
        this.kind = kind;
        this.delay = delay;
        this.httpStatus = httpStatus;
        this.contentType = contentType;
        this.body = body;
        this.text = text;
        this.errorCode = errorCode;
    }

    private static Fault of(Kind kind) {
        return new Fault(kind, Duration.ZERO, 0, null, null, null, 0);
    }

    /** Responds normally after the given delay. */
    public static Fault delay(Duration delay) {
        return of(Kind.DELAY_ONLY).afterDelay(delay);
    }

    /** Responds with the given HTTP status (for example 500, 502 or 503) and an HTML error page. */
    public static Fault httpError(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("Invalid HTTP error status " + status + ", expected 400 to 599");
        }
        return new Fault(Kind.HTTP_ERROR, Duration.ZERO, status, null, null, null, 0);
    }

    /** Responds with HTTP 200, an HTML page and content type {@code text/html}, as a login page or proxy would. */
    public static Fault htmlPage() {
        return of(Kind.HTML_PAGE);
    }

    /** Responds with HTTP 200, content type {@code text/xml} and an empty body. */
    public static Fault emptyBody() {
        return of(Kind.EMPTY_BODY);
    }

    /** Responds with the first half of the normal response body, in a complete HTTP response, so the XML is cut off. */
    public static Fault truncatedXml() {
        return of(Kind.TRUNCATED_XML);
    }

    /** Closes the connection without sending any response. */
    public static Fault closeConnection() {
        return of(Kind.CLOSE_CONNECTION);
    }

    /** Responds normally, but with the given value (for example {@code queued}) in every task's {@code status}. */
    public static Fault wrongTaskStatus(String status) {
        return new Fault(Kind.WRONG_TASK_STATUS, Duration.ZERO, 0, null, null, Objects.requireNonNull(status), 0);
    }

    /** Responds normally, but without the {@code result} element inside the operation elements. */
    public static Fault missingResult() {
        return of(Kind.MISSING_RESULT);
    }

    /** Responds with HTTP 302, the given {@code Location} header and no body. */
    public static Fault redirect(String location) {
        return new Fault(Kind.REDIRECT, Duration.ZERO, 302, null, null, Objects.requireNonNull(location), 0);
    }

    /** Responds with a packet-level {@code system} error with the given errcode and errtext. */
    public static Fault systemError(int errorCode, String errorText) {
        return new Fault(Kind.SYSTEM_ERROR, Duration.ZERO, 0, null, null, Objects.requireNonNull(errorText), errorCode);
    }

    /** Replaces the result of each affected operation with a per-operation error, without executing the operation. */
    public static Fault operationError(int errorCode, String errorText) {
        return new Fault(Kind.OPERATION_ERROR, Duration.ZERO, 0, null, null, Objects.requireNonNull(errorText),
                errorCode);
    }

    /** Responds with exactly the given HTTP status, content type (null for none) and body. */
    public static Fault rawResponse(int status, String contentType, byte[] body) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("Invalid HTTP status " + status + ", expected 200 to 599");
        }
        return new Fault(Kind.RAW_RESPONSE, Duration.ZERO, status, contentType, body.clone(), null, 0);
    }

    /** Responds with exactly the given HTTP status, content type and UTF-8 text. */
    public static Fault rawResponse(int status, String contentType, String body) {
        return rawResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns a copy of this fault that waits the given time before it takes effect. */
    public Fault afterDelay(Duration wait) {
        if (wait.isNegative()) {
            throw new IllegalArgumentException("Invalid delay " + wait + ", it must not be negative");
        }
        return new Fault(kind, wait, httpStatus, contentType, body, text, errorCode);
    }

    Kind kind() {
        return kind;
    }

    Duration delay() {
        return delay;
    }

    int httpStatus() {
        return httpStatus;
    }

    String contentType() {
        return contentType;
    }

    byte[] body() {
        return body.clone();
    }

    /** Returns the redirect location, the wrong task status or the errtext, depending on the kind. */
    String text() {
        return text;
    }

    int errorCode() {
        return errorCode;
    }

    /** Returns whether the request's operations run, so their results can be altered. */
    boolean executesOperations() {
        switch (kind) {
            case DELAY_ONLY:
            case TRUNCATED_XML:
            case WRONG_TASK_STATUS:
            case MISSING_RESULT:
            case OPERATION_ERROR:
                return true;
            default:
                return false;
        }
    }

    @Override
    public String toString() {
        String description;
        switch (kind) {
            case HTTP_ERROR:
                description = "HTTP " + httpStatus;
                break;
            case REDIRECT:
                description = "redirect to " + text;
                break;
            case WRONG_TASK_STATUS:
                description = "task status '" + text + "'";
                break;
            case SYSTEM_ERROR:
                description = "system error " + errorCode;
                break;
            case OPERATION_ERROR:
                description = "operation error " + errorCode;
                break;
            case RAW_RESPONSE:
                description = "raw HTTP " + httpStatus + " response of " + body.length + " bytes";
                break;
            default:
                description = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
                break;
        }
        return delay.isZero() ? description : description + " after " + delay.toMillis() + " ms";
    }
}
