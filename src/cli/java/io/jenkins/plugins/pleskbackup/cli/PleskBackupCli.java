package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.wait.BlockingTaskWait;
import java.io.Console;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * Entry point of the {@code plesk-backup} command line, which lists, starts and waits for Plesk backup tasks from a
 * shell with the same Plesk client and wait engine as the Jenkins plugin. {@link #run(String...)} parses the
 * arguments, runs one command and returns its exit code (see {@link ExitCodes}). Expected failures print one line
 * {@code plesk-backup: <message>} on standard error, and only {@code --debug} adds stack traces.
 */
@Command(name = "plesk-backup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Checks, starts and waits for Plesk backup tasks through Plesk's XML API (backup-manager)."
                + " Start with 'plesk-backup demo', which needs no server and no credentials.",
        footerHeading = "%nCredentials:%n",
        footer = {
            "status, wait and start read PLESK_SECRET_KEY, or PLESK_LOGIN and PLESK_PASSWORD, from the environment,"
                + " or a properties file given with --credentials-file. Credentials are never options, because other"
                + " users can see the command lines of running processes.",
            "%nDocumentation: docs/command-line.md in the plesk-backup repository."})
public final class PleskBackupCli implements Callable<Integer> {

    /** Time that Ctrl-C leaves a command to stop its wait or simulator and print its last line. */
    private static final long SHUTDOWN_GRACE_MILLIS = 2000;

    private final CommandContext context;
    private final boolean configureLogging;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces of errors, and the debug log of the Plesk client, on standard error.")
    boolean debug;

    /**
     * Creates a command line for tests and embedding. It leaves the JVM's logging configuration alone, so the client's
     * log goes wherever {@code java.util.logging} sends it.
     *
     * @param environment the environment variables; only the credentials variables are read
     * @param terminal whether {@code out} is an interactive terminal, which enables the live progress line of waits
     * @param clock time source of waits and of the simulators that {@code demo} and {@code simulate} start
     * @param sleeper pause between the polls of a wait
     */
    public PleskBackupCli(Map<String, String> environment, PrintStream out, PrintStream err, boolean terminal,
            Clock clock, BlockingTaskWait.Sleeper sleeper) {
        this(new CommandContext(environment, out, err, terminal, clock, sleeper,
                () -> ThreadLocalRandom.current().nextDouble()), false);
    }

    PleskBackupCli(CommandContext context, boolean configureLogging) {
        this.context = context;
        this.configureLogging = configureLogging;
    }

    /** Runs one command with the process's environment and streams, then exits with its exit code. */
    public static void main(String[] args) {
        // The simulator of "simulate" and "demo" runs on the JDK's HTTP server, which otherwise delays each small
        // response by Nagle's algorithm (about 40 ms). The setting affects no outgoing connection.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        CommandContext context = new CommandContext(System.getenv(), System.out, System.err, isTerminal(),
                Clock.systemDefaultZone(), Thread::sleep, () -> ThreadLocalRandom.current().nextDouble());
        PleskBackupCli cli = new PleskBackupCli(context, true);

        // Ctrl-C runs the shutdown hooks. This one interrupts the command, so that a wait can erase its progress
        // line and report that the task keeps running, and a simulator can close. The JVM then exits with 130.
        // NOTE: the tests interrupt commands in process; no automated test sends a real SIGINT to this hook.
        Thread mainThread = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            mainThread.interrupt();
            try {
                mainThread.join(SHUTDOWN_GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "plesk-backup-shutdown");
        Runtime.getRuntime().addShutdownHook(interrupter);

        int exitCode = cli.run(args);
        System.out.flush();
        System.err.flush();
        try {
            Runtime.getRuntime().removeShutdownHook(interrupter);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down after a signal; System.exit would block until the hook gives up.
            return;
        }
        System.exit(exitCode);
    }

    /** Parses the arguments, runs the command and returns its exit code; exceptions become exit codes too. */
    public int run(String... args) {
        debug = false;
        CommandLine commandLine = new CommandLine(this);
        commandLine.addSubcommand(new CommandLine(new StatusCommand(context)));
        commandLine.addSubcommand(new CommandLine(new WaitCommand(context)));
        commandLine.addSubcommand(new CommandLine(new StartCommand(context)));
        commandLine.addSubcommand(new CommandLine(new ProtocolsCommand(context)));
        commandLine.addSubcommand(new CommandLine(new SimulateCommand(context)));
        commandLine.addSubcommand(new CommandLine(new DemoCommand(context)));
        commandLine.addSubcommand(new CommandLine(new CommandLine.HelpCommand()));

        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        commandLine.setUsageHelpAutoWidth(true);
        commandLine.setParameterExceptionHandler(this::handleParameterException);
        commandLine.setExecutionExceptionHandler(this::handleExecutionException);
        commandLine.setExecutionStrategy(this::execute);
        addExitCodeLists(commandLine, List.of("status", "wait", "start", "protocols", "simulate", "demo"));

        try {
            return commandLine.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /** Runs when no command is given. */
    @Override
    public Integer call() {
        context.err().println("plesk-backup: missing command; run 'plesk-backup --help' for the commands, or"
                + " 'plesk-backup demo' to see them at work.");
        return ExitCodes.USAGE_ERROR;
    }

    private int execute(ParseResult parseResult) {
        if (configureLogging) {
            CliLogging.configure(debug, context.err());
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    private static void addExitCodeLists(CommandLine commandLine, List<String> subcommands) {
        Map<String, String> codes = ExitCodes.helpList();
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        for (String name : subcommands) {
            commandLine.getSubcommands().get(name).getCommandSpec().usageMessage()
                    .exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        }
    }

    private int handleParameterException(CommandLine.ParameterException failure, String[] args) {
        String command = failure.getCommandLine().getCommandSpec().qualifiedName();
        String message;
        if (failure instanceof CommandLine.UnmatchedArgumentException) {
            message = describeUnmatched((CommandLine.UnmatchedArgumentException) failure);
        } else if (failure instanceof CommandLine.MutuallyExclusiveArgsException
                || failure instanceof CommandLine.MaxValuesExceededException) {
            message = "Give only one of these options: " + String.join(", ", exclusiveOptionNames(failure)) + ".";
        } else {
            message = failure.getMessage().replaceFirst("^Error: ", "");
        }
        if (!message.endsWith(".")) {
            message += ".";
        }
        context.err().println("plesk-backup: " + message + " Run '" + command + " --help' for usage.");
        printStackTraceIfDebug(failure);
        return ExitCodes.USAGE_ERROR;
    }

    /**
     * Names of the options the user gave that exclude each other, in the order of the command line: the options under
     * the first exclusive group of which two or more members (options or nested groups) were given.
     */
    private static List<String> exclusiveOptionNames(CommandLine.ParameterException failure) {
        Map<CommandLine.Model.ArgGroupSpec, Set<Object>> membersGiven = new LinkedHashMap<>();
        Map<CommandLine.Model.ArgGroupSpec, List<String>> optionsGiven = new LinkedHashMap<>();
        for (CommandLine.Model.OptionSpec option : failure.getCommandLine().getParseResult().matchedOptions()) {
            Object member = option;
            for (CommandLine.Model.ArgGroupSpec group = option.group(); group != null; group = group.parentGroup()) {
                if (group.exclusive()) {
                    membersGiven.computeIfAbsent(group, unused -> new LinkedHashSet<>()).add(member);
                    optionsGiven.computeIfAbsent(group, unused -> new ArrayList<>()).add(option.longestName());
                }
                member = group;
            }
        }
        for (Map.Entry<CommandLine.Model.ArgGroupSpec, Set<Object>> entry : membersGiven.entrySet()) {
            if (entry.getValue().size() > 1) {
                return optionsGiven.get(entry.getKey());
            }
        }
        return List.of();
    }

    /**
     * Describes unknown arguments without echoing values: someone who tries {@code --password SECRET} must not find
     * the secret in the error message or a CI log. Only option names are shown, and unknown positional arguments only
     * in place of a command name, where they are likely a mistyped command.
     */
    private static String describeUnmatched(CommandLine.UnmatchedArgumentException failure) {
        List<String> options = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String argument : failure.getUnmatched()) {
            if (argument.startsWith("-")) {
                options.add("'" + argument.replaceFirst("=.*", "") + "'");
            } else {
                others.add("'" + argument + "'");
            }
        }
        boolean commandExpected = failure.getCommandLine().getParent() == null;
        if (options.isEmpty()) {
            return commandExpected ? "Unknown command " + String.join(", ", others)
                    : "Unexpected argument; commands take options only (its value is not shown, in case it is a"
                            + " secret)";
        }
        String message = (options.size() == 1 ? "Unknown option " : "Unknown options ") + String.join(", ", options);
        if (!others.isEmpty()) {
            message += ", with " + others.size() + " more unexpected argument" + (others.size() == 1 ? "" : "s")
                    + " not shown in case of a secret";
        }
        return message;
    }

    private int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        int exitCode;
        String message;
        if (failure instanceof PleskException) {
            exitCode = ExitCodes.forFailure((PleskException) failure);
            message = failure.getMessage();
        } else if (failure instanceof UsageException || failure instanceof IllegalArgumentException) {
            // The client's IllegalArgumentExceptions carry one-line messages for the user, for example about an id.
            exitCode = ExitCodes.USAGE_ERROR;
            message = failure.getMessage();
        } else if (failure instanceof InterruptedException) {
            exitCode = ExitCodes.INTERRUPTED;
            message = "interrupted.";
        } else {
            exitCode = ExitCodes.INTERNAL_ERROR;
            message = "internal error: " + failure + (debug ? "" : "; run with --debug for the stack trace, and"
                    + " report it.");
        }
        context.err().println("plesk-backup: " + message);
        printStackTraceIfDebug(failure);
        return exitCode;
    }

    private void printStackTraceIfDebug(Exception failure) {
        if (debug) {
            failure.printStackTrace(context.err());
        }
    }

    /**
     * Returns whether standard input and output are an interactive terminal. Before Java 22, {@link System#console()}
     * is {@code null} otherwise. From Java 22 on it may return a console for redirected streams too, and
     * {@code Console.isTerminal()} distinguishes the two cases.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // NOTE: this branch needs Java 22 or later and has not run in this project's builds, which use Java 17.
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }
}
