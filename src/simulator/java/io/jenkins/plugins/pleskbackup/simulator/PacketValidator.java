package io.jenkins.plugins.pleskbackup.simulator;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks request packets the way Plesk's validation against {@code agent_input.xsd} would, for the operations the
 * simulator implements. Error messages use the libxml2 wording seen in the errtext of Plesk's error 1014, for example
 * "Element 'id': '' is not a valid value of the atomic type 'id_type'".
 *
 * <p>TODO: only {@code backup-manager} (without the remote storage, file and server-wide settings operations) and
 * {@code server/get_protos} are modelled. Any other operator or operation is rejected as "not expected", whereas a
 * real server would accept and execute it.
 */
final class PacketValidator {

    /** Schema types of the elements that the modelled operations contain. */
    enum ValueType {
        /** {@code NoneType} and other complex types without content: no text, not even whitespace, and no children. */
        EMPTY(null),
        /** Element declared without a type ({@code xs:anyType}): any content. */
        ANY(null),
        /** Plesk's {@code string}: any text, whitespace collapsed. */
        STRING("string"),
        /** {@code domainName}: 1 to 255 characters after whitespace collapsing. */
        DOMAIN_NAME("domainName"),
        /** {@code id_type}: {@code xs:positiveInteger}. */
        ID("id_type"),
        /** Plesk's {@code int}, which restricts {@code xs:integer} and so has no size limit. */
        INTEGER("int"),
        /** {@code BackupTaskIdType}: an optional minus and digits. */
        TASK_ID("BackupTaskIdType");

        private final String schemaName;

        ValueType(String schemaName) {
            this.schemaName = schemaName;
        }
    }

    /** One position of an {@code xs:sequence}: exactly one (or, if optional, at most one) of the named elements. */
    private record Particle(boolean required, Map<String, ValueType> choices) {
    }

    /** An operator element of a valid packet with its operation elements, in request order. */
    record OperatorRequest(String name, List<XmlElement> operations) {
    }

    static final String BACKUP_MANAGER = "backup-manager";
    static final String SERVER = "server";

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern TASK_ID = Pattern.compile("-?[0-9]+");

    private static final Map<String, List<Particle>> BACKUP_MANAGER_OPERATIONS = backupManagerOperations();
    private static final Map<String, List<Particle>> SERVER_OPERATIONS = Map.of("get_protos", List.of());

    private final ProtocolVersions versions;

    PacketValidator(ProtocolVersions versions) {
        this.versions = versions;
    }

    private static Map<String, List<Particle>> backupManagerOperations() {
        List<Particle> backupTail = List.of(
                required(choice("local", ValueType.EMPTY, "remote", ValueType.STRING)),
                optional(choice("prefix", ValueType.STRING)),
                required(choice("description", ValueType.STRING)),
                optional(choice("split-size", ValueType.INTEGER)),
                optional(choice("only-hosting", ValueType.ANY, "only-mail", ValueType.ANY)),
                optional(choice("only-configuration", ValueType.ANY)));

        Map<String, ValueType> taskFilters = new LinkedHashMap<>();
        taskFilters.put("webspace-id", ValueType.ID);
        taskFilters.put("webspace-name", ValueType.DOMAIN_NAME);
        taskFilters.put("customer-id", ValueType.ID);
        taskFilters.put("customer-login", ValueType.STRING);
        taskFilters.put("reseller-id", ValueType.ID);
        taskFilters.put("reseller-login", ValueType.STRING);
        taskFilters.put("server", ValueType.ANY);
        taskFilters.put("task-id", ValueType.TASK_ID);

        // backup.xsd declares customer-id, customer-login, reseller-id and reseller-login of the backup operations
        // without a type, unlike the webspace ones and the get-tasks-info filters.
        Map<String, List<Particle>> operations = new LinkedHashMap<>();
        operations.put("backup-webspace", withHead(
                required(choice("webspace-id", ValueType.ID, "webspace-name", ValueType.DOMAIN_NAME)), backupTail));
        operations.put("backup-customer", withHead(
                required(choice("customer-id", ValueType.ANY, "customer-login", ValueType.ANY)), backupTail));
        operations.put("backup-reseller", withHead(
                required(choice("reseller-id", ValueType.ANY, "reseller-login", ValueType.ANY)), backupTail));
        operations.put("backup-server", backupTail);
        operations.put("get-tasks-info", List.of(new Particle(false, taskFilters)));
        operations.put("get-supported-protocols", List.of());
        operations.put("stop-backup", List.of(required(choice("task-id", ValueType.TASK_ID))));
        return operations;
    }

    private static List<Particle> withHead(Particle head, List<Particle> tail) {
        List<Particle> particles = new ArrayList<>();
        particles.add(head);
        particles.addAll(tail);
        return List.copyOf(particles);
    }

    private static Map<String, ValueType> choice(Object... namesAndTypes) {
        Map<String, ValueType> choices = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            choices.put((String) namesAndTypes[i], (ValueType) namesAndTypes[i + 1]);
        }
        return choices;
    }

    private static Particle required(Map<String, ValueType> choices) {
        return new Particle(true, choices);
    }

    private static Particle optional(Map<String, ValueType> choices) {
        return new Particle(false, choices);
    }

    /**
     * Validates the packet for the given protocol version and returns its operators. {@code backup-manager} is
     * not expected in versions newer than the newest one that contains it.
     */
    List<OperatorRequest> validate(XmlElement packet, String version) throws RequestInvalidException {
        if (!packet.name().equals("packet")) {
            throw invalid(packet, "No matching global declaration available for the validation root.");
        }
        for (String attribute : packet.attributes().keySet()) {
            if (!attribute.equals("version")) {
                throw attributeNotAllowed(packet, attribute);
            }
        }
        requireElementOnly(packet);

        List<XmlElement> children = packet.children();
        int index = 0;
        if (!children.isEmpty() && children.get(0).name().equals("request-settings")) {
            validateRequestSettings(children.get(0));
            index = 1;
        }
        if (index == children.size()) {
            throw invalid(packet, "Missing child element(s). Expected is one of ( " + BACKUP_MANAGER + ", " + SERVER
                    + ", ... ).");
        }

        List<OperatorRequest> operators = new ArrayList<>();
        for (; index < children.size(); index++) {
            XmlElement operator = children.get(index);
            operators.add(validateOperator(operator, version));
        }
        return operators;
    }

    private void validateRequestSettings(XmlElement settings) throws RequestInvalidException {
        requireNoAttributes(settings);
        requireElementOnly(settings);
        if (settings.children().isEmpty()) {
            throw invalid(settings, "Missing child element(s). Expected is ( setting ).");
        }
        List<Particle> settingContent = List.of(
                required(choice("name", ValueType.ANY)), optional(choice("value", ValueType.ANY)));
        for (XmlElement child : settings.children()) {
            if (!child.name().equals("setting")) {
                throw notExpected(child, "( setting )");
            }
            validateSequence(child, settingContent);
        }
    }

    private OperatorRequest validateOperator(XmlElement operator, String version) throws RequestInvalidException {
        Map<String, List<Particle>> operations;
        if (operator.name().equals(BACKUP_MANAGER) && versions.hasBackupManager(version)) {
            operations = BACKUP_MANAGER_OPERATIONS;
        } else if (operator.name().equals(SERVER)) {
            operations = SERVER_OPERATIONS;
        } else {
            throw notExpected(operator, null);
        }
        requireNoAttributes(operator);
        requireElementOnly(operator);
        if (operator.children().isEmpty()) {
            throw invalid(operator, "Missing child element(s). Expected is one of ( "
                    + String.join(", ", operations.keySet()) + " ).");
        }
        for (XmlElement operation : operator.children()) {
            List<Particle> content = operations.get(operation.name());
            if (content == null) {
                throw notExpected(operation, null);
            }
            if (content.isEmpty()) {
                validateValue(operation, ValueType.EMPTY);
            } else {
                validateSequence(operation, content);
            }
        }
        return new OperatorRequest(operator.name(), List.copyOf(operator.children()));
    }

    /** Matches the element's children against the sequence of particles, then checks each child's value. */
    private static void validateSequence(XmlElement parent, List<Particle> sequence) throws RequestInvalidException {
        requireNoAttributes(parent);
        requireElementOnly(parent);
        List<XmlElement> children = parent.children();
        int index = 0;
        for (Particle particle : sequence) {
            XmlElement next = index < children.size() ? children.get(index) : null;
            if (next != null && particle.choices().containsKey(next.name())) {
                validateValue(next, particle.choices().get(next.name()));
                index++;
            } else if (particle.required()) {
                String expected = describe(particle.choices());
                if (next == null) {
                    throw invalid(parent, "Missing child element(s). Expected is " + expected + ".");
                }
                throw notExpected(next, expected);
            }
        }
        if (index < children.size()) {
            throw notExpected(children.get(index), null);
        }
    }

    private static void validateValue(XmlElement element, ValueType type) throws RequestInvalidException {
        if (type == ValueType.ANY) {
            return;
        }
        requireNoAttributes(element);
        if (type == ValueType.EMPTY) {
            if (!element.children().isEmpty()) {
                throw notExpected(element.children().get(0), null);
            }
            if (element.hasText()) {
                throw invalid(element, "Character content is not allowed, because the content type is empty.");
            }
            return;
        }
        if (!element.children().isEmpty()) {
            throw invalid(element, "Element content is not allowed, because the type definition is simple.");
        }
        String value = XmlElement.collapseWhitespace(element.text());
        if (!isValid(value, type)) {
            throw invalid(element, "'" + value + "' is not a valid value of the atomic type '" + type.schemaName + "'.");
        }
    }

    private static boolean isValid(String value, ValueType type) {
        switch (type) {
            case STRING:
                return true;
            case DOMAIN_NAME:
                return !value.isEmpty() && value.length() <= 255;
            case ID:
                return INTEGER.matcher(value).matches() && new BigInteger(value).signum() > 0;
            case INTEGER:
                return INTEGER.matcher(value).matches();
            case TASK_ID:
                return TASK_ID.matcher(value).matches();
            default:
                throw new IllegalArgumentException("No value check for " + type);
        }
    }

    private static String describe(Map<String, ValueType> choices) {
        String names = String.join(", ", choices.keySet());
        return choices.size() == 1 ? "( " + names + " )" : "one of ( " + names + " )";
    }

    private static void requireNoAttributes(XmlElement element) throws RequestInvalidException {
        if (!element.attributes().isEmpty()) {
            throw attributeNotAllowed(element, element.attributes().keySet().iterator().next());
        }
    }

    private static void requireElementOnly(XmlElement element) throws RequestInvalidException {
        if (element.hasNonWhitespaceText()) {
            throw invalid(element, "Character content other than whitespace is not allowed because the content type"
                    + " is 'element-only'.");
        }
    }

    private static RequestInvalidException notExpected(XmlElement element, String expected) {
        String detail = "This element is not expected.";
        if (expected != null) {
            detail += " Expected is " + expected + ".";
        }
        return invalid(element, detail);
    }

    private static RequestInvalidException attributeNotAllowed(XmlElement element, String attribute) {
        return new RequestInvalidException(element.line(), "Element '" + element.name() + "', attribute '" + attribute
                + "': The attribute '" + attribute + "' is not allowed.");
    }

    private static RequestInvalidException invalid(XmlElement element, String detail) {
        return new RequestInvalidException(element.line(), "Element '" + element.name() + "': " + detail);
    }
}
