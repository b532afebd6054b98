package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plesk-backup wait}: polls one task until it ends or the timeout passes. */
@Command(name = "wait", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "Waits for a backup task to end.",
        description = "Waits until a backup task is finished, failed or stopped, polling Plesk at growing intervals."
                + " Prints one line per status change, and on a terminal a progress line between them. Connection"
                + " problems and HTTP 5xx responses are retried until the timeout; rejected credentials end the wait"
                + " at once. The exit code tells the outcome.")
final class WaitCommand implements Callable<Integer> {

    private final CommandContext context;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--task-id", required = true, paramLabel = "ID", description = "The task to wait for.")
    String taskId;

    @Mixin
    WaitOptions waitOptions;

    WaitCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws PleskException {
        String id = TaskFilter.requireTaskId(taskId);
        WaitSettings settings = waitOptions.toSettings();
        PleskClient client = connection.createClient(context);
        return TaskWaitRunner.run(client, id, settings, context, context.out());
    }
}
