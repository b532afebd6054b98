package io.jenkins.plugins.pleskbackup.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Turns HTTP responses into Plesk results or {@link PleskException}s. It checks, in order: the HTTP status, whether the
 * body is an XML packet at all, the packet-level {@code <system>} error, and then each operation's {@code result}.
 * Parsing tolerates a byte-order mark, CDATA, indentation, whitespace around values and unknown extra elements.
 */
final class ResponseReader {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String serverName;
    private final String endpoint;
    private final ServerText serverText;

    ResponseReader(PleskConnectionSettings settings) {
        this.serverName = settings.serverName();
        this.endpoint = settings.endpoint().toString();
        this.serverText = new ServerText(settings.authentication().secrets());
    }

    /**
     * Checks the HTTP layer and parses the packet.
     *
     * @param sentVersion the {@code version} the request carried, for the message of a version error; {@code null}
     *     when the request carried none
     * @return the {@code packet} root element, without a {@code <system>} error
     */
    Element readPacket(HttpExchangeResult response, String sentVersion) throws PleskException {
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            throw new PleskRedirectException(serverName, endpoint, status, serverText.clean(response.location()));
        }
        boolean success = status >= 200 && status < 300;
        byte[] body = stripLeadingNoise(response.body());

        if (body.length == 0) {
            if (success) {
                throw new PleskEmptyResponseException(serverName, endpoint, status);
            }
            throw new PleskHttpStatusException(serverName, endpoint, status, "");
        }
        if (!looksLikeXml(body, response.contentType())) {
            if (success) {
                throw new PleskNonXmlResponseException(serverName, endpoint, status,
                        serverText.clean(response.contentType()), serverText.cleanBodyStart(body));
            }
            throw new PleskHttpStatusException(serverName, endpoint, status, serverText.cleanBodyStart(body));
        }

        Element packet;
        try {
            packet = parsePacket(body);
        } catch (PleskMalformedResponseException e) {
            if (success) {
                throw e;
            }
            throw new PleskHttpStatusException(serverName, endpoint, status, serverText.cleanBodyStart(body));
        }
        throwSystemError(packet, sentVersion);
        if (!success) {
            throw new PleskHttpStatusException(serverName, endpoint, status, serverText.cleanBodyStart(body));
        }
        return packet;
    }

    /** The results of batched {@code get-tasks-info} operations, one per filter in the order sent. */
    List<TaskQueryResult> readTasksInfo(Element packet, List<TaskFilter> filters) throws PleskException {
        List<Element> operations = operations(packet, "backup-manager", "get-tasks-info", filters.size());
        List<TaskQueryResult> results = new ArrayList<>(filters.size());
        for (int i = 0; i < filters.size(); i++) {
            TaskFilter filter = filters.get(i);
            List<Element> resultElements = children(operations.get(i), "result");
            if (resultElements.isEmpty()) {
                throw new PleskMissingResultException(serverName, "get-tasks-info (" + filter.describe() + ")");
            }
            List<BackupTask> tasks = new ArrayList<>();
            PleskOperationException error = null;
            for (Element result : resultElements) {
                error = operationError(result, "get-tasks-info", filter.describe());
                if (error != null) {
                    break;
                }
                for (Element task : children(result, "task")) {
                    tasks.add(readTask(task));
                }
            }
            results.add(new TaskQueryResult(filter, error == null ? tasks : List.of(), error));
        }
        return results;
    }

    /** The id of the task a {@code backup-*} operation created. */
    String readCreatedTaskId(Element packet, BackupRequest request) throws PleskException {
        String operation = request.operationName();
        Element result = singleResult(packet, "backup-manager", operation, request.target().describe());
        // Plesk's schema nests task-id in result; some older output types place it next to result.
        Element taskId = child(result, "task-id");
        if (taskId == null) {
            taskId = child((Element) result.getParentNode(), "task-id");
        }
        String id = taskId == null ? "" : text(taskId);
        if (id.isEmpty()) {
            throw new PleskMalformedResponseException(serverName, operation + " succeeded but returned no task-id,"
                    + " so the new backup task cannot be followed; look it up with get-tasks-info", false, null);
        }
        return id;
    }

    void readStopBackup(Element packet, String taskId) throws PleskException {
        singleResult(packet, "backup-manager", "stop-backup", "task-id " + taskId);
    }

    ServerProtocols readProtocols(Element packet, String certificateFingerprint) throws PleskException {
        Element result = singleResult(packet, "server", "get_protos", "server");
        List<String> versions = new ArrayList<>();
        Element protos = child(result, "protos");
        if (protos != null) {
            for (Element proto : children(protos, "proto")) {
                versions.add(text(proto));
            }
        }
        return new ServerProtocols(packet.getAttribute("version").strip(), versions, certificateFingerprint);
    }

    private BackupTask readTask(Element task) throws PleskMalformedResponseException {
        OwnerKind ownerKind = null;
        String ownerId = null;
        for (Element child : children(task, null)) {
            OwnerKind kind = OwnerKind.fromOwnerElement(child.getTagName());
            if (kind != null) {
                ownerKind = kind;
                ownerId = kind == OwnerKind.SERVER ? null : text(child);
                break;
            }
        }
        String id = childText(task, "id");
        String status = childText(task, "status");
        if (ownerKind == null || id.isEmpty() || child(task, "status") == null) {
            throw new PleskMalformedResponseException(serverName, "a task in the get-tasks-info result lacks its"
                    + " owner, id or status element", false, null);
        }
        return new BackupTask(ownerKind, ownerId, id, TaskStatus.parse(status), parseStarted(childText(task,
                "started")), childText(task, "prefix"), childText(task, "filename"), childText(task, "protocol"));
    }

    /** Plesk sends Unix seconds as a string; anything else yields {@code null} rather than a wrong time. */
    private static Instant parseStarted(String text) {
        try {
            return text.isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(text));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private Element singleResult(Element packet, String operator, String operation, String target)
            throws PleskException {
        Element operationElement = operations(packet, operator, operation, 1).get(0);
        Element result = child(operationElement, "result");
        if (result == null) {
            throw new PleskMissingResultException(serverName, operation + " (" + target + ")");
        }
        PleskOperationException error = operationError(result, operation, target);
        if (error != null) {
            throw error;
        }
        return result;
    }

    private List<Element> operations(Element packet, String operator, String operation, int expected)
            throws PleskMalformedResponseException {
        Element operatorElement = child(packet, operator);
        if (operatorElement == null) {
            throw new PleskMalformedResponseException(serverName, "the packet has no " + operator + " element",
                    false, null);
        }
        List<Element> operations = children(operatorElement, operation);
        if (operations.size() != expected) {
            throw new PleskMalformedResponseException(serverName, "the packet has " + operations.size() + " "
                    + operation + " elements for " + expected + " sent", false, null);
        }
        return operations;
    }

    private PleskOperationException operationError(Element result, String operation, String target)
            throws PleskMalformedResponseException {
        String status = childText(result, "status");
        if (status.equals("ok")) {
            return null;
        }
        if (!status.equals("error")) {
            throw new PleskMalformedResponseException(serverName, operation + " has result status '"
                    + serverText.clean(status) + "', neither ok nor error", false, null);
        }
        int code = errorCode(result, operation);
        return PleskOperationException.of(serverName, operation, target, code, errorText(result));
    }

    private void throwSystemError(Element packet, String sentVersion) throws PleskException {
        Element system = child(packet, "system");
        if (system == null) {
            return;
        }
        String status = childText(system, "status");
        if (status.equals("ok")) {
            return;
        }
        int code = errorCode(system, "the request");
        String errorText = errorText(system);
        switch (code) {
            case PleskErrorCodes.SECRET_KEY_VALIDATION_FAILED:
                throw new PleskSecretKeyRejectedException(serverName);
            case PleskErrorCodes.AUTHENTICATION_FAILED:
            case PleskErrorCodes.AUTHENTICATION_METHOD_NOT_SPECIFIED:
            case PleskErrorCodes.ACCOUNT_DISABLED:
            case PleskErrorCodes.LOGIN_LOCKED:
                throw PleskAuthenticationException.of(serverName, code, errorText);
            case PleskErrorCodes.PROTOCOL_VERSION_NOT_SUPPORTED:
            case PleskErrorCodes.FEATURE_NOT_SUPPORTED_BY_PROTOCOL:
                throw new PleskProtocolVersionException(serverName, code,
                        sentVersion == null ? "(none, meaning the server's newest)" : sentVersion, errorText);
            case PleskErrorCodes.REQUEST_INVALID:
                throw new PleskRequestRejectedException(serverName,
                        sentVersion == null ? "(the server's newest)" : sentVersion, errorText);
            case PleskErrorCodes.PERMISSION_DENIED:
                throw new PleskPermissionDeniedException(serverName, "the request", errorText);
            default:
                throw new PleskSystemErrorException(serverName, code, errorText);
        }
    }

    /** The cleaned errtext without its final period, because the messages that quote it end the sentence. */
    private String errorText(Element result) {
        String text = serverText.clean(childText(result, "errtext"));
        return text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
    }

    private int errorCode(Element result, String what) throws PleskMalformedResponseException {
        String code = childText(result, "errcode");
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            throw new PleskMalformedResponseException(serverName, "an error for " + what + " has no numeric errcode"
                    + " ('" + serverText.clean(code) + "')", false, e);
        }
    }

    private Element parsePacket(byte[] body) throws PleskMalformedResponseException {
        Document document;
        try {
            document = SecureXml.parse(body);
        } catch (SAXParseException e) {
            if (containsDoctype(body)) {
                throw new PleskMalformedResponseException(serverName, "it contains a DOCTYPE declaration, which Plesk"
                        + " never sends; it was refused to guard against XML external entity attacks", false, null);
            }
            throw new PleskMalformedResponseException(serverName, "the XML is truncated or not well-formed (line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + serverText.clean(e.getMessage())
                    + ")", true, null);
        } catch (SAXException | IOException e) {
            throw new PleskMalformedResponseException(serverName, "the XML cannot be read ("
                    + serverText.clean(e.getMessage()) + ")", true, null);
        }
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("packet")) {
            throw new PleskMalformedResponseException(serverName, "its root element is <"
                    + serverText.clean(root.getTagName()) + ">, not a Plesk <packet>; check the URL", false, null);
        }
        return root;
    }

    /** XML is recognized by its first character and by not being an HTML page; the content type is often wrong. */
    private static boolean looksLikeXml(byte[] body, String contentType) {
        if (body[0] != '<') {
            return false;
        }
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (start.startsWith("<html") || start.startsWith("<!doctype html")) {
            return false;
        }
        return !contentType.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    /**
     * Whether the body contains a DOCTYPE declaration. The whole body is searched, because a long comment may come
     * first; ISO-8859-1 maps each byte to one character, so no byte sequence can hide the ASCII keyword.
     */
    private static boolean containsDoctype(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, "<!DOCTYPE", 0, "<!DOCTYPE".length())) {
                return true;
            }
        }
        return false;
    }

    private static byte[] stripLeadingNoise(byte[] body) {
        int start = 0;
        if (body.length >= 3 && body[0] == UTF8_BOM[0] && body[1] == UTF8_BOM[1] && body[2] == UTF8_BOM[2]) {
            start = 3;
        }
        while (start < body.length && (body[start] == ' ' || body[start] == '\t' || body[start] == '\r'
                || body[start] == '\n')) {
            start++;
        }
        return start == 0 ? body : java.util.Arrays.copyOfRange(body, start, body.length);
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                return (Element) node;
            }
        }
        return null;
    }

    /** Child elements with the given name, or all child elements when {@code name} is {@code null}. */
    private static List<Element> children(Element parent, String name) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && (name == null || ((Element) node).getTagName().equals(name))) {
                elements.add((Element) node);
            }
        }
        return elements;
    }

    private static String childText(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? "" : text(child);
    }

    private static String text(Element element) {
        return element.getTextContent().strip();
    }
}
