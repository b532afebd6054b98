package io.jenkins.plugins.pleskbackup.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves {@code POST /enterprise/control/agent.php}. It records the request, applies the selected fault, and sends the
 * packet's response with HTTP 200, because Plesk reports errors inside the XML. Other paths get 404 and other methods
 * 405.
 */
final class AgentHttpHandler implements HttpHandler {

    static final String AGENT_PATH = "/enterprise/control/agent.php";

    /** Maximum request body size. Larger requests get HTTP 413. Packets for backup tasks are a few hundred bytes. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final String XML_CONTENT_TYPE = "text/xml; charset=UTF-8";
    private static final String HTML_CONTENT_TYPE = "text/html; charset=UTF-8";
    private static final Logger LOGGER = Logger.getLogger(PleskSimulator.class.getName());

    private final PacketProcessor processor;
    private final FaultInjector faults;
    private final Consumer<RecordedRequest> recorder;
    private final String responseVersion;
    private final boolean prettyPrint;

    AgentHttpHandler(PacketProcessor processor, FaultInjector faults, Consumer<RecordedRequest> recorder,
            String responseVersion, boolean prettyPrint) {
        this.processor = processor;
        this.faults = faults;
        this.recorder = recorder;
        this.responseVersion = responseVersion;
        this.prettyPrint = prettyPrint;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String remote = String.valueOf(exchange.getRemoteAddress());
        String request = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
        try {
            String outcome = handleExchange(exchange);
            LOGGER.log(Level.FINE, "{0} from {1}: {2}", new Object[] {request, remote, outcome});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOGGER.log(Level.FINE, "{0} from {1}: interrupted because the simulator is closing",
                    new Object[] {request, remote});
        } catch (IOException e) {
            LOGGER.log(Level.FINE, request + " from " + remote + ": the response could not be sent", e);
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, request + " from " + remote + ": the simulator failed to respond", e);
        } finally {
            // Without response headers sent, closing the exchange closes the connection without a response.
            exchange.close();
        }
    }

    /** Sends the response to the exchange and returns a description of the outcome for the log. */
    private String handleExchange(HttpExchange exchange) throws IOException, InterruptedException {
        byte[] body = readBody(exchange.getRequestBody());
        String pathAndQuery = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        recorder.accept(new RecordedRequest(exchange.getRequestMethod(), pathAndQuery, exchange.getRequestHeaders(),
                body.length > MAX_BODY_BYTES ? Arrays.copyOf(body, MAX_BODY_BYTES) : body,
                exchange.getRemoteAddress()));

        if (!AGENT_PATH.equals(exchange.getRequestURI().getPath())) {
            send(exchange, 404, HTML_CONTENT_TYPE, "<html><body><h1>404 Not Found</h1></body></html>\n");
            return "HTTP 404";
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, HTML_CONTENT_TYPE, "<html><body><h1>405 Method Not Allowed</h1></body></html>\n");
            return "HTTP 405";
        }
        if (body.length > MAX_BODY_BYTES) {
            send(exchange, 413, HTML_CONTENT_TYPE, "<html><body><h1>413 Request Entity Too Large</h1></body></html>\n");
            return "HTTP 413, body larger than " + MAX_BODY_BYTES + " bytes";
        }

        XmlElement packet = null;
        RequestInvalidException parseError = null;
        try {
            packet = RequestParser.parse(body);
        } catch (RequestInvalidException e) {
            parseError = e;
        }
        List<String> operationNames = operationNames(packet);
        FaultInjector.Selected selected = faults.select(operationNames);
        String operations = "operations " + operationNames;
        if (selected == null) {
            return operations + ", " + respond(exchange, packet, parseError, null);
        }

        Fault fault = selected.fault();
        if (!fault.delay().isZero()) {
            Thread.sleep(fault.delay().toMillis());
        }
        String outcome = fault.executesOperations()
                ? respond(exchange, packet, parseError, selected)
                : sendFault(exchange, fault);
        return operations + ", fault " + fault + ", " + outcome;
    }

    private String respond(HttpExchange exchange, XmlElement packet, RequestInvalidException parseError,
            FaultInjector.Selected selected) throws IOException {
        PacketProcessor.Response response = processor.process(packet, parseError, exchange.getRequestHeaders(),
                exchange.getRemoteAddress().getAddress(), selected);
        if (selected != null) {
            switch (selected.fault().kind()) {
                case MISSING_RESULT:
                    FaultResponses.removeResults(response.packetContent(), selected.operationName());
                    break;
                case WRONG_TASK_STATUS:
                    FaultResponses.replaceTaskStatus(response.packetContent(), selected.operationName(),
                            selected.fault().text());
                    break;
                default:
                    break;
            }
        }
        byte[] xml = XmlWriter.writePacket(response.packetContent(), responseVersion, prettyPrint);
        if (selected != null && selected.fault().kind() == Fault.Kind.TRUNCATED_XML) {
            xml = FaultResponses.truncate(xml);
        }
        send(exchange, 200, XML_CONTENT_TYPE, xml);
        return response.summary();
    }

    private String sendFault(HttpExchange exchange, Fault fault) throws IOException {
        switch (fault.kind()) {
            case HTTP_ERROR:
                send(exchange, fault.httpStatus(), HTML_CONTENT_TYPE, FaultResponses.htmlErrorPage(fault.httpStatus()));
                return "HTTP " + fault.httpStatus();
            case HTML_PAGE:
                send(exchange, 200, HTML_CONTENT_TYPE, FaultResponses.htmlLoginPage());
                return "HTML page";
            case EMPTY_BODY:
                send(exchange, 200, XML_CONTENT_TYPE, new byte[0]);
                return "empty body";
            case CLOSE_CONNECTION:
                return "connection closed without response";
            case REDIRECT:
                exchange.getResponseHeaders().set("Location", fault.text());
                send(exchange, 302, null, new byte[0]);
                return "HTTP 302";
            case SYSTEM_ERROR:
                PacketProcessor.Response response = PacketProcessor.systemError(fault.errorCode(), fault.text());
                send(exchange, 200, XML_CONTENT_TYPE,
                        XmlWriter.writePacket(response.packetContent(), responseVersion, prettyPrint));
                return response.summary();
            case RAW_RESPONSE:
                send(exchange, fault.httpStatus(), fault.contentType(), fault.body());
                return "raw HTTP " + fault.httpStatus();
            default:
                throw new IllegalStateException("Fault " + fault + " needs the operations to run");
        }
    }

    /** Returns the operation names of the packet in request order, for example {@code [get-tasks-info, get_protos]}. */
    private static List<String> operationNames(XmlElement packet) {
        List<String> names = new ArrayList<>();
        if (packet == null) {
            return names;
        }
        for (XmlElement operator : packet.children()) {
            if (operator.name().equals("request-settings")) {
                continue;
            }
            for (XmlElement operation : operator.children()) {
                names.add(operation.name());
            }
        }
        return names;
    }

    /** Reads at most one byte more than the limit, so that an oversized body is detected without reading all of it. */
    private static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            return in.readNBytes(MAX_BODY_BYTES + 1);
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean noBody = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
