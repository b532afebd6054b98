package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.PleskTaskNotFoundException;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plesk-backup status}: lists backup tasks with one {@code get-tasks-info} request. */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "Lists backup tasks.",
        description = "Lists backup tasks with one get-tasks-info request: all tasks the credentials may see, one"
                + " task by id, or the tasks of the server, a reseller, a customer or a webspace. Start times are"
                + " ISO-8601 in UTC. A --task-id that Plesk does not list ends with exit code 4.")
final class StatusCommand implements Callable<Integer> {

    /** The filter options; at most one of them may be given. */
    static final class FilterOptions {
        @Option(names = "--task-id", paramLabel = "ID", description = "The task with this id.")
        String taskId;

        @ArgGroup(exclusive = true, multiplicity = "1")
        TargetOptions owner;

        TaskFilter toFilter() {
            return taskId != null ? TaskFilter.taskId(taskId) : TaskFilter.owner(owner.toTarget());
        }
    }

    private final CommandContext context;

    @Mixin
    ConnectionOptions connection;

    @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nFilter (at most one; none lists all tasks the"
            + " credentials may see):%n")
    FilterOptions filter;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    StatusCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws PleskException, InterruptedException {
        TaskFilter taskFilter = filter == null ? TaskFilter.none() : filter.toFilter();
        PleskClient client = connection.createClient(context);
        String serverName = client.settings().serverName();

        List<BackupTask> tasks = client.listTasks(taskFilter);
        boolean taskMissing = taskFilter.taskId() != null
                && tasks.stream().noneMatch(task -> task.id().equals(taskFilter.taskId()));

        if (json) {
            context.out().println(TaskJson.write(serverName, taskFilter, tasks));
        } else if (!tasks.isEmpty()) {
            TaskTable.print(context.out(), tasks);
        } else if (!taskMissing) {
            context.out().println("Plesk server '" + serverName + "' lists no backup tasks (" + taskFilter.describe()
                    + ").");
        }
        context.out().flush();

        if (taskMissing) {
            PleskException notFound = new PleskTaskNotFoundException(serverName, taskFilter.taskId());
            context.err().println("plesk-backup: " + notFound.getMessage());
            return ExitCodes.forFailure(notFound);
        }
        return ExitCodes.OK;
    }
}
