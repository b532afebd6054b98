package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.BackupRequest;
import io.jenkins.plugins.pleskbackup.client.BackupTarget;
import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.PleskAuthentication;
import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskConnectionSettings;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import io.jenkins.plugins.pleskbackup.client.TaskQueryResult;
import io.jenkins.plugins.pleskbackup.client.TlsSettings;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.Scenarios;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code plesk-backup demo}: shows the whole flow against an in-process HTTPS simulator on 127.0.0.1. It needs no
 * argument, no credentials and no network, and exits 0 when the demo backup finishes.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Shows the commands at work against a built-in simulator.",
        description = "Shows what plesk-backup does, without a Plesk server: starts a Plesk simulator inside this"
                + " process on 127.0.0.1 with random credentials, pins its certificate, lists its backup tasks,"
                + " starts a backup of webspace example.com and waits about 8 seconds for it to finish. Needs no"
                + " options and no credentials.")
final class DemoCommand implements Callable<Integer> {

    /** How long the demo backup works; long enough to see the wait, short enough to keep a newcomer's attention. */
    static final Duration BACKUP_DURATION = Duration.ofSeconds(8);

    private static final String PREFIX = "demo_";

    private final CommandContext context;

    DemoCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, PleskException, InterruptedException {
        PrintStream out = context.out();
        String secretKey = randomSecretKey();
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});

        try (PleskSimulator simulator = PleskSimulator.builder()
                .https(true)
                .clock(context.clock())
                .scenario(Scenarios.demo())
                .secretKey(secretKey, loopback)
                .scheduleNextBackup(BACKUP_DURATION, TaskOutcome.FINISHED)
                .start()) {
            String fingerprint = simulator.certificateSha256Fingerprint();
            out.println("This demo runs a Plesk simulator inside this process. It listens only on 127.0.0.1, so"
                    + " nothing leaves this machine, and accepts only a random secret key that is never shown.");
            out.println();
            out.println("Simulator: " + simulator.endpoint());
            out.println("Its self-signed certificate has the SHA-256 fingerprint");
            out.println("  " + fingerprint);
            out.println("The client trusts only this certificate, as --pin-sha256 does.");

            PleskClient client = new PleskClient(PleskConnectionSettings
                    .builder(simulator.endpoint(), PleskAuthentication.secretKey(secretKey))
                    .tls(TlsSettings.pinned(fingerprint))
                    .build());

            out.println();
            out.println("Backup tasks of the server and of its webspaces 1 to 3, listed with one get-tasks-info per"
                    + " owner in one request:");
            TaskTable.print(out, listDemoTasks(client));

            out.println();
            out.println("Starting a backup of webspace " + Scenarios.DEMO_WEBSPACE + ", as 'plesk-backup start"
                    + " --webspace-name " + Scenarios.DEMO_WEBSPACE + " --prefix " + PREFIX + " --wait' does:");
            BackupRequest request = BackupRequest.builder(BackupTarget.webspaceName(Scenarios.DEMO_WEBSPACE))
                    .prefix(PREFIX)
                    .description("Started by plesk-backup demo")
                    .build();
            String taskId = client.startBackup(request);
            out.println("Plesk created task " + taskId + ".");
            out.flush();

            WaitSettings settings = WaitSettings.defaults()
                    .withTimeout(Duration.ofMinutes(1))
                    .withMaxPollInterval(Duration.ofSeconds(2))
                    .withInitialPollInterval(Duration.ofSeconds(1));
            int exitCode = TaskWaitRunner.run(client, taskId, settings, context, out);
            if (exitCode != ExitCodes.OK) {
                return exitCode;
            }

            out.println();
            out.println("With a real Plesk server, put its secret key in PLESK_SECRET_KEY (or its login and password"
                    + " in PLESK_LOGIN and PLESK_PASSWORD) and run, for example:");
            out.println("  plesk-backup start --url plesk.example.com --webspace-name example.com --wait");
            out.println("'plesk-backup simulate --https --demo-tasks' keeps a simulator like this one running for"
                    + " your own tries; 'plesk-backup --help' lists all commands.");
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** Lists the tasks of the owners that {@link Scenarios#demo()} defines: the server and webspaces 1 to 3. */
    private static List<BackupTask> listDemoTasks(PleskClient client) throws PleskException, InterruptedException {
        List<TaskFilter> filters = List.of(TaskFilter.owner(BackupTarget.server()),
                TaskFilter.owner(BackupTarget.webspaceId("1")), TaskFilter.owner(BackupTarget.webspaceId("2")),
                TaskFilter.owner(BackupTarget.webspaceId("3")));
        List<BackupTask> tasks = new ArrayList<>();
        for (TaskQueryResult result : client.queryTasks(filters)) {
            tasks.addAll(result.tasksOrThrow());
        }
        tasks.sort(Comparator.comparingLong(task -> Long.parseLong(task.id())));
        return tasks;
    }

    private static String randomSecretKey() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
