package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.BackupRequest;
import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plesk-backup start}: starts a backup and prints the new task id, then optionally waits for it. */
@Command(name = "start", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "Starts a backup and prints its task id.",
        description = "Starts a backup of the server, a reseller, a customer or a webspace and prints the id of the"
                + " task Plesk created, alone on standard output so that scripts can capture it. With --wait it then"
                + " waits as the wait command does, and prints the wait's lines on standard error.")
final class StartCommand implements Callable<Integer> {

    static final String DEFAULT_DESCRIPTION = "Started by plesk-backup";

    /** Choice between full content and only hosting or only mail. */
    static final class ContentOptions {
        @Option(names = "--only-hosting",
                description = "Back up only the hosting data, without mail (Plesk's only-hosting).")
        boolean onlyHosting;

        @Option(names = "--only-mail", description = "Back up only the mail data (Plesk's only-mail).")
        boolean onlyMail;

        BackupRequest.Content toContent() {
            return onlyHosting ? BackupRequest.Content.ONLY_HOSTING : BackupRequest.Content.ONLY_MAIL;
        }
    }

    private final CommandContext context;

    @Mixin
    ConnectionOptions connection;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "%nWhat to back up (exactly one):%n")
    TargetOptions target;

    @Option(names = "--ftp", description = "Store the backup in the FTP storage configured in Plesk for this object"
            + " instead of Plesk's local storage.")
    boolean ftp;

    @Option(names = "--prefix", paramLabel = "PREFIX", description = "Prefix of the backup file name.")
    String prefix;

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = DEFAULT_DESCRIPTION,
            description = "Description of the backup in Plesk (default: ${DEFAULT-VALUE}).")
    String description;

    @Option(names = "--split-size", paramLabel = "KB",
            description = "Split the backup into volumes of this many kilobytes; 0 keeps one file (the default).")
    Integer splitSizeKilobytes;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ContentOptions content;

    @Option(names = "--only-configuration", description = "Back up only the configuration, without content.")
    boolean onlyConfiguration;

    @Option(names = "--wait", description = "Wait for the new task to end; the exit code then tells the outcome.")
    boolean waitForTask;

    @Mixin
    WaitOptions waitOptions;

    StartCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws PleskException, InterruptedException {
        if (!waitForTask && waitOptions.anySet()) {
            throw new UsageException("--timeout, --initial-interval and --max-interval apply only with --wait.");
        }
        BackupRequest request = buildRequest();
        WaitSettings settings = waitForTask ? waitOptions.toSettings() : null;
        PleskClient client = connection.createClient(context);

        String taskId = client.startBackup(request);

        context.out().println(taskId);
        context.out().flush();
        context.err().println("Plesk server '" + client.settings().serverName() + "' started " + request.operationName()
                + " (" + request.target().describe() + ") as task " + taskId + ".");
        if (!waitForTask) {
            return ExitCodes.OK;
        }
        return TaskWaitRunner.run(client, taskId, settings, context, context.err());
    }

    private BackupRequest buildRequest() {
        BackupRequest.Builder builder = BackupRequest.builder(target.toTarget())
                .storage(ftp ? BackupRequest.Storage.FTP : BackupRequest.Storage.LOCAL)
                .prefix(prefix)
                .description(description)
                .splitSizeKilobytes(splitSizeKilobytes)
                .onlyConfiguration(onlyConfiguration);
        if (content != null) {
            builder.content(content.toContent());
        }
        return builder.build();
    }
}
