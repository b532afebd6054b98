package io.jenkins.plugins.pleskbackup.client;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.w3c.dom.Element;

/**
 * A client for the {@code backup-manager} operations of Plesk's XML API and for {@code server/get_protos}.
 *
 * <p>Thread-safe; create one per server and reuse it, since each instance owns an HTTP client with its own TLS
 * settings. The asynchronous methods do not wait for the response on the calling thread. Their futures complete exceptionally with a
 * {@link PleskException}, possibly wrapped in a {@link CompletionException}. The blocking methods throw it directly.
 */
public final class PleskClient {

    private final PleskConnectionSettings settings;
    private final HttpTransport transport;
    private final ResponseReader reader;

    public PleskClient(PleskConnectionSettings settings) {
        this.settings = settings;
        this.transport = new HttpTransport(settings);
        this.reader = new ResponseReader(settings);
    }

    public PleskConnectionSettings settings() {
        return settings;
    }

    /** Sends one {@code get-tasks-info} operation per filter in a single packet; one result per filter, in order. */
    public CompletableFuture<List<TaskQueryResult>> queryTasksAsync(List<TaskFilter> filters) {
        List<TaskFilter> copy = List.copyOf(filters);
        byte[] packet = RequestPackets.tasksInfo(settings.protocolVersion(), copy);
        String description = "get-tasks-info (" + describe(copy) + ")";
        return send(packet, description, settings.protocolVersion())
                .thenApply(response -> readTasksInfo(response, copy));
    }

    /** Blocking form of {@link #queryTasksAsync(List)}. */
    public List<TaskQueryResult> queryTasks(List<TaskFilter> filters) throws PleskException, InterruptedException {
        return await(queryTasksAsync(filters));
    }

    /** Lists the tasks that match one filter; an error of the operation is thrown. */
    public List<BackupTask> listTasks(TaskFilter filter) throws PleskException, InterruptedException {
        return queryTasks(List.of(filter)).get(0).tasksOrThrow();
    }

    /**
     * Reads one task by id. The future fails with {@link PleskTaskNotFoundException} when Plesk's response lists no
     * such task, and with {@link PleskObjectNotFoundException} when Plesk reports error 1013 instead.
     */
    public CompletableFuture<BackupTask> getTaskAsync(String taskId) {
        String id = TaskFilter.requireTaskId(taskId);
        return queryTasksAsync(List.of(TaskFilter.taskId(id))).thenApply(results -> {
            try {
                return results.get(0).tasksOrThrow().stream()
                        .filter(task -> task.id().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new PleskTaskNotFoundException(settings.serverName(), id));
            } catch (PleskException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Blocking form of {@link #getTaskAsync(String)}. */
    public BackupTask getTask(String taskId) throws PleskException, InterruptedException {
        return await(getTaskAsync(taskId));
    }

    /** Starts a backup and returns the id of the task Plesk created for it. */
    public String startBackup(BackupRequest request) throws PleskException, InterruptedException {
        byte[] packet = RequestPackets.backup(settings.protocolVersion(), request);
        String description = request.operationName() + " (" + request.target().describe() + ")";
        return await(send(packet, description, settings.protocolVersion()).thenApply(response -> {
            try {
                return reader.readCreatedTaskId(response, request);
            } catch (PleskException e) {
                throw new CompletionException(e);
            }
        }));
    }

    /** Asks Plesk to stop a working task. */
    public CompletableFuture<Void> stopBackupAsync(String taskId) {
        String id = TaskFilter.requireTaskId(taskId);
        byte[] packet = RequestPackets.stopBackup(settings.protocolVersion(), id);
        return send(packet, "stop-backup (task-id " + id + ")", settings.protocolVersion()).thenApply(response -> {
            try {
                reader.readStopBackup(response, id);
                return null;
            } catch (PleskException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Blocking form of {@link #stopBackupAsync(String)}. */
    public void stopBackup(String taskId) throws PleskException, InterruptedException {
        await(stopBackupAsync(taskId));
    }

    /** Asks which protocol versions the server supports; also reports the certificate it presented. */
    public ServerProtocols getSupportedProtocols() throws PleskException, InterruptedException {
        CompletableFuture<HttpExchangeResult> exchange = transport.post(RequestPackets.getProtos(), "server/get_protos");
        return await(exchange.thenApply(response -> {
            try {
                Element packet = reader.readPacket(response, null);
                return reader.readProtocols(packet, response.certificateFingerprint());
            } catch (PleskException e) {
                throw new CompletionException(e);
            }
        }));
    }

    private CompletableFuture<Element> send(byte[] packet, String description, String version) {
        return transport.post(packet, description).thenApply(response -> {
            try {
                return reader.readPacket(response, version);
            } catch (PleskException e) {
                throw new CompletionException(e);
            }
        });
    }

    private List<TaskQueryResult> readTasksInfo(Element packet, List<TaskFilter> filters) {
        try {
            return reader.readTasksInfo(packet, filters);
        } catch (PleskException e) {
            throw new CompletionException(e);
        }
    }

    private static String describe(List<TaskFilter> filters) {
        if (filters.size() == 1) {
            return filters.get(0).describe();
        }
        return filters.size() + " operations";
    }

    /**
     * Waits for a future of this client and rethrows its {@link PleskException}. An interrupt cancels the request.
     */
    static <T> T await(CompletableFuture<T> future) throws PleskException, InterruptedException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException | CancellationException e) {
            throw asPleskException(e);
        }
    }

    /**
     * Returns the {@link PleskException} behind a failure of one of this client's futures.
     *
     * @throws IllegalStateException for a failure that is not a {@link PleskException}, which is a bug
     */
    public static PleskException asPleskException(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof PleskException) {
                return (PleskException) current;
            }
        }
        throw new IllegalStateException("Unexpected failure of a Plesk request", failure);
    }
}
