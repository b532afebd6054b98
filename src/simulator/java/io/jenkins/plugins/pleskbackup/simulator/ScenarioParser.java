package io.jenkins.plugins.pleskbackup.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads scenario files for {@code plesk-backup simulate --scenario FILE}.
 *
 * <p>A scenario file is UTF-8 text with one setting per line: a keyword followed by arguments separated by spaces.
 * Blank lines and lines whose first non-blank character is {@code #} are ignored. An argument that contains spaces
 * or is empty is written in double quotes ({@code "my prefix"}, {@code ""}). Inside quotes, {@code \"} and
 * {@code \\} stand for a quote and a backslash. Keywords:
 *
 * <pre>
 * administrator LOGIN PASSWORD             the administrator's credentials
 * secret-key KEY [IP-ADDRESS]              a secret key acting as the administrator, accepted only from the
 *                                          IP address (a literal such as 127.0.0.1), or from anywhere without one
 * customer-password LOGIN PASSWORD         lets the customer with LOGIN log in, with access to its own objects only
 * reseller ID LOGIN                        a reseller
 * customer ID LOGIN [reseller=ID]          a customer, of the administrator or of a reseller
 * webspace ID NAME [customer=ID]           a webspace (subscription), of the administrator or of a customer
 * task ID OWNER [OPTION=VALUE ...]         a backup task that exists from the start
 * protocols VERSION ...                    the supported protocol versions, such as 1.6.9.0
 * backup-manager-max-protocol VERSION      the newest protocol version that still has backup-manager
 * unknown-task-id empty|error              get-tasks-info for an unknown task id: an ok result without tasks,
 *                                          or error 1013
 * default-backup DURATION OUTCOME          duration and outcome of new backups without a scheduled one
 * next-backup DURATION OUTCOME             queues the duration and outcome of the next new backup
 * </pre>
 *
 * <p>Task OWNER is {@code server}, {@code reseller=ID}, {@code customer=ID} or {@code webspace=ID}. Task options:
 *
 * <ul>
 *   <li>{@code started=}: a Unix time in seconds ({@code 1224897686}), an ISO-8601 instant
 *       ({@code 2015-12-01T11:19:00Z}), {@code now} or {@code now-DURATION}. Relative times count from the simulator's
 *       start, and the default is {@code now}.
 *   <li>{@code status=working|finished|failed|stopped}: a fixed status, working forever or already ended.
 *   <li>{@code duration=DURATION} and {@code outcome=finished|failed|stopped}: the task works for that long, then
 *       reaches the outcome ({@code finished} by default). These cannot be combined with {@code status}.
 *   <li>{@code prefix=}, {@code protocol=local|ftp} ({@code local} by default) and {@code description=}.
 *   <li>{@code filename=}: the file name once finished, instead of {@code PREFIXyyMMddHHmm.tar}.
 * </ul>
 *
 * <p>Without status and duration, a task works forever. DURATION is {@code forever}, a number with unit {@code s},
 * {@code m}, {@code h} or {@code d} ({@code 90s}, {@code 5m}), or ISO-8601 ({@code PT1M30S}). Ids are positive
 * integers. Every owner, reseller or customer that a line refers to must be defined somewhere in the file. Example:
 *
 * <pre>
 * administrator admin "correct horse"
 * customer 7 jdoe
 * webspace 12 example.com customer=7
 * task 5472 customer=7 started=1224897686 status=working
 * task 5473 webspace=12 started=now-2m duration=5m outcome=finished prefix=nightly_
 * next-backup 30s failed
 * </pre>
 */
public final class ScenarioParser {

    private static final Pattern SIMPLE_DURATION = Pattern.compile("([0-9]{1,9})([smhd])");
    private static final Pattern RELATIVE_TIME = Pattern.compile("now-(.+)");
    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9}){0,3}");

    private final String source;
    private final List<Consumer<PleskSimulator.Builder>> settings = new ArrayList<>();
    private final Map<Long, Integer> resellerLines = new HashMap<>();
    private final Map<Long, Integer> customerLines = new HashMap<>();
    private final Map<Long, Integer> webspaceLines = new HashMap<>();
    private final Map<Long, Integer> taskLines = new HashMap<>();
    private final Map<String, Integer> customerLogins = new HashMap<>();
    /** References to check once the whole file is read: the line number and the kind and id referred to. */
    private final List<Reference> references = new ArrayList<>();
    private final Map<String, Integer> customerPasswordLines = new LinkedHashMap<>();
    private int lineNumber;

    private record Reference(int lineNumber, String kind, long id) {
    }

    private ScenarioParser(String source) {
        this.source = source;
    }

    /** Reads the scenario file and names the scenario after the file. */
    public static Scenario parse(Path file) throws IOException, ScenarioException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.getFileName().toString());
        }
    }

    /** Reads a scenario. {@code source} names it in error messages and becomes the scenario's name. */
    public static Scenario parse(Reader reader, String source) throws IOException, ScenarioException {
        ScenarioParser parser = new ScenarioParser(source);
        BufferedReader lines = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
        String line;
        while ((line = lines.readLine()) != null) {
            parser.lineNumber++;
            parser.parseLine(line);
        }
        parser.checkReferences();
        return new Scenario(source, parser.settings);
    }

    private void parseLine(String line) throws ScenarioException {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        List<String> tokens = tokenize(trimmed);
        String keyword = tokens.get(0);
        List<String> arguments = tokens.subList(1, tokens.size());
        switch (keyword) {
            case "administrator":
                requireCount(keyword, arguments, 2, 2, "LOGIN PASSWORD");
                String adminLogin = requireNonEmpty(arguments.get(0), "login");
                String adminPassword = arguments.get(1);
                settings.add(builder -> builder.administrator(adminLogin, adminPassword));
                break;
            case "secret-key":
                requireCount(keyword, arguments, 1, 2, "KEY [IP-ADDRESS]");
                String key = requireNonEmpty(arguments.get(0), "secret key");
                InetAddress boundTo = arguments.size() == 2 ? parseIpAddress(arguments.get(1)) : null;
                settings.add(builder -> builder.secretKey(key, boundTo));
                break;
            case "customer-password":
                requireCount(keyword, arguments, 2, 2, "LOGIN PASSWORD");
                String customerLogin = requireNonEmpty(arguments.get(0), "login");
                String customerPassword = arguments.get(1);
                customerPasswordLines.put(customerLogin, lineNumber);
                settings.add(builder -> builder.customerPassword(customerLogin, customerPassword));
                break;
            case "reseller":
                parseReseller(arguments);
                break;
            case "customer":
                parseCustomer(arguments);
                break;
            case "webspace":
                parseWebspace(arguments);
                break;
            case "task":
                parseTask(arguments);
                break;
            case "protocols":
                requireCount(keyword, arguments, 1, Integer.MAX_VALUE, "VERSION ...");
                for (String version : arguments) {
                    parseVersion(version);
                }
                List<String> versions = List.copyOf(arguments);
                settings.add(builder -> builder.supportedProtocols(versions));
                break;
            case "backup-manager-max-protocol":
                requireCount(keyword, arguments, 1, 1, "VERSION");
                String maxVersion = parseVersion(arguments.get(0));
                settings.add(builder -> builder.backupManagerMaxProtocol(maxVersion));
                break;
            case "unknown-task-id":
                requireCount(keyword, arguments, 1, 1, "empty|error");
                UnknownTaskIdResponse response = parseUnknownTaskIdResponse(arguments.get(0));
                settings.add(builder -> builder.unknownTaskIdResponse(response));
                break;
            case "default-backup":
            case "next-backup":
                requireCount(keyword, arguments, 2, 2, "DURATION OUTCOME");
                Duration duration = parseDuration(arguments.get(0));
                TaskOutcome outcome = parseOutcome(arguments.get(1));
                if (keyword.equals("default-backup")) {
                    settings.add(builder -> builder.defaultBackup(duration, outcome));
                } else {
                    settings.add(builder -> builder.scheduleNextBackup(duration, outcome));
                }
                break;
            default:
                throw error("unknown keyword '" + keyword + "', expected administrator, secret-key, customer-password,"
                        + " reseller, customer, webspace, task, protocols, backup-manager-max-protocol,"
                        + " unknown-task-id, default-backup or next-backup");
        }
    }

    private void parseReseller(List<String> arguments) throws ScenarioException {
        requireCount("reseller", arguments, 2, 2, "ID LOGIN");
        long id = parseNewId(arguments.get(0), "reseller", resellerLines);
        String login = requireNonEmpty(arguments.get(1), "login");
        settings.add(builder -> builder.reseller(id, login));
    }

    private void parseCustomer(List<String> arguments) throws ScenarioException {
        requireCount("customer", arguments, 2, 3, "ID LOGIN [reseller=ID]");
        long id = parseNewId(arguments.get(0), "customer", customerLines);
        String login = requireNonEmpty(arguments.get(1), "login");
        if (customerLogins.containsKey(login)) {
            throw error("customer login '" + login + "' is already used on line " + customerLogins.get(login));
        }
        customerLogins.put(login, lineNumber);
        if (arguments.size() == 2) {
            settings.add(builder -> builder.customer(id, login));
            return;
        }
        long resellerId = parseOption(arguments.get(2), "reseller");
        references.add(new Reference(lineNumber, "reseller", resellerId));
        settings.add(builder -> builder.customer(id, login, resellerId));
    }

    private void parseWebspace(List<String> arguments) throws ScenarioException {
        requireCount("webspace", arguments, 2, 3, "ID NAME [customer=ID]");
        long id = parseNewId(arguments.get(0), "webspace", webspaceLines);
        String name = requireNonEmpty(arguments.get(1), "name");
        if (arguments.size() == 2) {
            settings.add(builder -> builder.webspace(id, name));
            return;
        }
        long customerId = parseOption(arguments.get(2), "customer");
        references.add(new Reference(lineNumber, "customer", customerId));
        settings.add(builder -> builder.webspace(id, name, customerId));
    }

    private long parseOption(String argument, String expectedName) throws ScenarioException {
        String prefix = expectedName + "=";
        if (!argument.startsWith(prefix)) {
            throw error("unexpected argument '" + argument + "', expected " + expectedName + "=ID");
        }
        return parseId(argument.substring(prefix.length()), expectedName + " id");
    }

    private void parseTask(List<String> arguments) throws ScenarioException {
        requireCount("task", arguments, 2, Integer.MAX_VALUE, "ID OWNER [OPTION=VALUE ...]");
        long id = parseNewId(arguments.get(0), "task", taskLines);
        TaskDefinition.Builder task = TaskDefinition.builder(id, parseOwner(arguments.get(1)));

        Map<String, String> options = new LinkedHashMap<>();
        for (String argument : arguments.subList(2, arguments.size())) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw error("invalid task option '" + argument + "', expected OPTION=VALUE");
            }
            String name = argument.substring(0, equals);
            if (options.put(name, argument.substring(equals + 1)) != null) {
                throw error("task option '" + name + "' is given twice");
            }
        }
        if (options.containsKey("status") && (options.containsKey("duration") || options.containsKey("outcome"))) {
            throw error("task option 'status' cannot be combined with 'duration' or 'outcome'");
        }

        for (Map.Entry<String, String> option : options.entrySet()) {
            applyTaskOption(task, option.getKey(), option.getValue());
        }
        TaskDefinition definition = task.build();
        settings.add(builder -> builder.task(definition));
    }

    private void applyTaskOption(TaskDefinition.Builder task, String name, String value) throws ScenarioException {
        switch (name) {
            case "started":
                applyStarted(task, value);
                break;
            case "status":
                applyStatus(task, value);
                break;
            case "duration":
                task.duration(parseDuration(value));
                break;
            case "outcome":
                task.outcome(parseOutcome(value));
                break;
            case "prefix":
                task.prefix(value);
                break;
            case "protocol":
                if (!value.equals("local") && !value.equals("ftp")) {
                    throw error("invalid protocol '" + value + "', expected local or ftp");
                }
                task.protocol(value);
                break;
            case "filename":
                task.filename(value);
                break;
            case "description":
                task.description(value);
                break;
            default:
                throw error("unknown task option '" + name + "', expected started, status, duration, outcome, prefix,"
                        + " protocol, filename or description");
        }
    }

    private void applyStarted(TaskDefinition.Builder task, String value) throws ScenarioException {
        if (value.equals("now")) {
            task.startedAgo(Duration.ZERO);
            return;
        }
        Matcher relative = RELATIVE_TIME.matcher(value);
        if (relative.matches()) {
            Duration age = parseDuration(relative.group(1));
            if (age == null) {
                throw error("invalid start time '" + value + "', because 'forever' is not an age");
            }
            task.startedAgo(age);
            return;
        }
        if (value.matches("[0-9]{1,12}")) {
            task.started(Instant.ofEpochSecond(Long.parseLong(value)));
            return;
        }
        try {
            task.started(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw error("invalid start time '" + value + "', expected Unix seconds, an ISO-8601 instant such as"
                    + " 2015-12-01T11:19:00Z, now or now-DURATION");
        }
    }

    private void applyStatus(TaskDefinition.Builder task, String value) throws ScenarioException {
        switch (value) {
            case "working":
                task.duration(null);
                break;
            case "finished":
                task.endedWith(TaskOutcome.FINISHED);
                break;
            case "failed":
                task.endedWith(TaskOutcome.FAILED);
                break;
            case "stopped":
                task.endedWith(TaskOutcome.STOPPED);
                break;
            default:
                throw error("invalid status '" + value + "', expected working, finished, failed or stopped");
        }
    }

    private TaskOwner parseOwner(String argument) throws ScenarioException {
        if (argument.equals("server")) {
            return TaskOwner.server();
        }
        int equals = argument.indexOf('=');
        String type = equals < 0 ? argument : argument.substring(0, equals);
        if (equals < 0 || !List.of("reseller", "customer", "webspace").contains(type)) {
            throw error("invalid task owner '" + argument + "', expected server, reseller=ID, customer=ID or"
                    + " webspace=ID");
        }
        long id = parseId(argument.substring(equals + 1), type + " id");
        references.add(new Reference(lineNumber, type, id));
        switch (type) {
            case "reseller":
                return TaskOwner.reseller(id);
            case "customer":
                return TaskOwner.customer(id);
            default:
                return TaskOwner.webspace(id);
        }
    }

    /** Returns the duration, or null for {@code forever}. */
    private Duration parseDuration(String value) throws ScenarioException {
        if (value.equals("forever")) {
            return null;
        }
        Matcher simple = SIMPLE_DURATION.matcher(value);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            switch (simple.group(2)) {
                case "s":
                    return Duration.ofSeconds(amount);
                case "m":
                    return Duration.ofMinutes(amount);
                case "h":
                    return Duration.ofHours(amount);
                default:
                    return Duration.ofDays(amount);
            }
        }
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative()) {
                throw error("invalid duration '" + value + "', it must not be negative");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw error("invalid duration '" + value + "', expected forever, a number with unit s, m, h or d (90s),"
                    + " or ISO-8601 (PT1M30S)");
        }
    }

    private TaskOutcome parseOutcome(String value) throws ScenarioException {
        switch (value) {
            case "finished":
                return TaskOutcome.FINISHED;
            case "failed":
                return TaskOutcome.FAILED;
            case "stopped":
                return TaskOutcome.STOPPED;
            default:
                throw error("invalid outcome '" + value + "', expected finished, failed or stopped");
        }
    }

    private UnknownTaskIdResponse parseUnknownTaskIdResponse(String value) throws ScenarioException {
        switch (value) {
            case "empty":
                return UnknownTaskIdResponse.EMPTY_RESULT;
            case "error":
                return UnknownTaskIdResponse.ERROR_1013;
            default:
                throw error("invalid unknown-task-id response '" + value + "', expected empty or error");
        }
    }

    private String parseVersion(String value) throws ScenarioException {
        if (!VERSION.matcher(value).matches()) {
            throw error("invalid protocol version '" + value + "', expected a form like 1.6.9.0");
        }
        return value;
    }

    /** Parses an IP address literal. Host names are rejected, so reading a scenario never does a DNS lookup. */
    private InetAddress parseIpAddress(String value) throws ScenarioException {
        if (!IPV4_LITERAL.matcher(value).matches() && !IPV6_LITERAL.matcher(value).matches()) {
            throw error("invalid IP address '" + value + "', expected a literal such as 127.0.0.1 or ::1");
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw error("invalid IP address '" + value + "', expected a literal such as 127.0.0.1 or ::1");
        }
    }

    private long parseNewId(String value, String kind, Map<Long, Integer> definedOnLines) throws ScenarioException {
        long id = parseId(value, kind + " id");
        Integer previous = definedOnLines.putIfAbsent(id, lineNumber);
        if (previous != null) {
            throw error(kind + " id " + id + " is already defined on line " + previous);
        }
        return id;
    }

    private long parseId(String value, String description) throws ScenarioException {
        if (!value.matches("[0-9]{1,18}") || Long.parseLong(value) == 0) {
            throw error("invalid " + description + " '" + value + "', expected a positive integer");
        }
        return Long.parseLong(value);
    }

    private String requireNonEmpty(String value, String description) throws ScenarioException {
        if (value.isEmpty()) {
            throw error("the " + description + " is empty");
        }
        return value;
    }

    private void requireCount(String keyword, List<String> arguments, int min, int max, String usage)
            throws ScenarioException {
        if (arguments.size() < min || arguments.size() > max) {
            throw error("wrong number of arguments for '" + keyword + "', expected " + keyword + " " + usage);
        }
    }

    /** Checks, after the last line, that every referred owner and every login with a password is defined. */
    private void checkReferences() throws ScenarioException {
        for (Reference reference : references) {
            Map<Long, Integer> defined = reference.kind().equals("reseller") ? resellerLines
                    : reference.kind().equals("customer") ? customerLines : webspaceLines;
            if (!defined.containsKey(reference.id())) {
                throw new ScenarioException(source, reference.lineNumber(),
                        reference.kind() + " " + reference.id() + " is not defined in the scenario");
            }
        }
        for (Map.Entry<String, Integer> entry : customerPasswordLines.entrySet()) {
            if (!customerLogins.containsKey(entry.getKey())) {
                throw new ScenarioException(source, entry.getValue(),
                        "no customer has the login '" + entry.getKey() + "'");
            }
        }
    }

    /** Splits a line at spaces, keeping quoted text together and removing the quotes. */
    private List<String> tokenize(String line) throws ScenarioException {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean inToken = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                    token.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    token.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                inToken = true;
            } else if (Character.isWhitespace(c)) {
                if (inToken) {
                    tokens.add(token.toString());
                    token.setLength(0);
                    inToken = false;
                }
            } else {
                token.append(c);
                inToken = true;
            }
        }
        if (quoted) {
            throw error("a double quote is not closed");
        }
        if (inToken) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    private ScenarioException error(String problem) {
        return new ScenarioException(source, lineNumber, problem);
    }
}
