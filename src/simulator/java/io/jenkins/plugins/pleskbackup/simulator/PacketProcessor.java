package io.jenkins.plugins.pleskbackup.simulator;

import com.sun.net.httpserver.Headers;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Processes a request packet in Plesk's order of checks: protocol version, authentication, packet validity, then
 * execution of each operation in request order. A failed check produces a packet-level {@code system} error and
 * nothing is executed. Permissions are checked per object during execution, because the simulated users differ only
 * in the objects they own.
 */
final class PacketProcessor {

    /** The children of the response {@code packet} element, and a short summary for the log. */
    record Response(XmlNode packetContent, String summary) {
    }

    private final ProtocolVersions versions;
    private final Authenticator authenticator;
    private final PacketValidator validator;
    private final OperationExecutor executor;
    private final Clock clock;

    PacketProcessor(ProtocolVersions versions, Authenticator authenticator, PacketValidator validator,
            OperationExecutor executor, Clock clock) {
        this.versions = versions;
        this.authenticator = authenticator;
        this.validator = validator;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Processes a parsed packet, or a packet that failed to parse ({@code packet} null, {@code parseError} set). The
     * version of an unparsable packet is unknown, so its check is skipped and the parse error follows authentication.
     * An {@code operationError} fault, if given, replaces the matching operations' results without executing them.
     */
    Response process(XmlElement packet, RequestInvalidException parseError, Headers headers,
            InetAddress remoteAddress, FaultInjector.Selected operationError) {
        String version = versions.newest();
        if (packet != null) {
            ProtocolVersions.Resolution resolution = versions.resolve(packet.attributes().get("version"));
            if (!resolution.isSupported()) {
                return systemError(resolution.errorCode(), resolution.errorText());
            }
            version = resolution.version();
        }

        Authenticator.Result authentication = authenticator.authenticate(headers, remoteAddress);
        if (!authentication.isAuthenticated()) {
            return systemError(authentication.errorCode(), authentication.errorText());
        }

        List<PacketValidator.OperatorRequest> operators;
        try {
            if (parseError != null) {
                throw parseError;
            }
            operators = validator.validate(packet, version);
        } catch (RequestInvalidException invalid) {
            return systemError(PleskErrorCodes.REQUEST_INVALID, invalid.errtext());
        }

        return execute(operators, authentication.caller(), operationError);
    }

    private Response execute(List<PacketValidator.OperatorRequest> operators, Caller caller,
            FaultInjector.Selected operationError) {
        Instant now = clock.instant();
        XmlNode content = XmlNode.element("packet");
        List<String> errors = new ArrayList<>();
        for (PacketValidator.OperatorRequest operator : operators) {
            XmlNode operatorNode = XmlNode.element(operator.name());
            for (XmlElement operation : operator.operations()) {
                XmlNode operationNode;
                if (isReplacedByFault(operation.name(), operationError)) {
                    Fault fault = operationError.fault();
                    operationNode = XmlNode.element(operation.name())
                            .add(XmlNode.errorResult("result", fault.errorCode(), fault.text()));
                } else {
                    operationNode = executor.execute(operation, caller, now);
                }
                collectErrors(operationNode, errors);
                operatorNode.add(operationNode);
            }
            content.add(operatorNode);
        }
        String summary = errors.isEmpty() ? "ok" : "operation errors " + errors;
        return new Response(content, summary);
    }

    private static boolean isReplacedByFault(String operationName, FaultInjector.Selected operationError) {
        return operationError != null
                && operationError.fault().kind() == Fault.Kind.OPERATION_ERROR
                && (operationError.operationName() == null || operationError.operationName().equals(operationName));
    }

    private static void collectErrors(XmlNode operationNode, List<String> errors) {
        for (XmlNode result : operationNode.children()) {
            for (XmlNode child : result.children()) {
                if (child.name().equals("errcode")) {
                    errors.add(operationNode.name() + " " + child.text());
                }
            }
        }
    }

    /** Returns a response with a packet-level {@code system} error. */
    static Response systemError(int errorCode, String errorText) {
        XmlNode content = XmlNode.element("packet").add(XmlNode.errorResult("system", errorCode, errorText));
        return new Response(content, "system error " + errorCode);
    }
}
