package io.jenkins.plugins.pleskbackup.simulator;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An in-process HTTP or HTTPS server that responds like Plesk's XML API endpoint {@code agent.php} for the
 * {@code backup-manager} operations that create, list and stop backup tasks, and for {@code server/get_protos}.
 * It checks requests as Plesk's schema validation would, keeps backup tasks whose status follows a {@link Clock}, and
 * can inject faults. It is an independent implementation of the protocol for testing clients, so it shares no code
 * with the plugin's Plesk client.
 *
 * <pre>{@code
 * try (PleskSimulator plesk = PleskSimulator.builder()
 *         .administrator("admin", "secret")
 *         .webspace(1, "example.com")
 *         .start()) {
 *     URI endpoint = plesk.endpoint();   // http://127.0.0.1:<port>/enterprise/control/agent.php
 * }
 * }</pre>
 */
public final class PleskSimulator implements AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger(PleskSimulator.class.getName());
    private static final InetAddress IPV4_LOOPBACK = ipv4Loopback();

    private final HttpServer server;
    private final ExecutorService executor;
    private final SelfSignedCertificate certificate;
    private final URI endpoint;
    private final Clock clock;
    private final ProtocolVersions versions;
    private final SimulatedAccounts accounts;
    private final TaskStore tasks;
    private final FaultInjector faults = new FaultInjector();
    private final Deque<RecordedRequest> requests = new ArrayDeque<>();
    private final int maxRecordedRequests;
    private boolean closed;

    private PleskSimulator(Builder builder) throws IOException {
        this.clock = builder.clock;
        this.versions = new ProtocolVersions(builder.supportedProtocols, builder.backupManagerMaxProtocol);
        this.accounts = builder.accounts.copy();
        this.maxRecordedRequests = builder.maxRecordedRequests;
        accounts.validateReferences();

        this.tasks = new TaskStore(clock, builder.defaultBackup);
        for (TaskDefinition definition : builder.tasks) {
            requireOwnerExists(definition.id(), definition.owner());
            tasks.add(definition.toTask(clock));
        }
        builder.nextBackups.forEach(tasks::scheduleNextBackup);

        Authenticator authenticator = new Authenticator(builder.secretKeys, logins(builder));
        OperationExecutor operations = new OperationExecutor(accounts, tasks, versions, builder.unknownTaskIdResponse);
        PacketProcessor processor = new PacketProcessor(versions, authenticator, new PacketValidator(versions),
                operations, clock);
        AgentHttpHandler handler = new AgentHttpHandler(processor, faults, this::record, versions.newest(),
                builder.prettyPrint);

        InetSocketAddress address = new InetSocketAddress(builder.bindAddress, builder.port);
        if (builder.https) {
            this.certificate = SelfSignedCertificate.shared();
            HttpsServer httpsServer = HttpsServer.create(address, 0);
            httpsServer.setHttpsConfigurator(new HttpsConfigurator(certificate.createSslContext()));
            this.server = httpsServer;
        } else {
            this.certificate = null;
            this.server = HttpServer.create(address, 0);
        }
        this.executor = Executors.newCachedThreadPool(new DaemonThreadFactory());
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        this.endpoint = endpointOf(builder.https, server.getAddress());
        LOGGER.log(Level.INFO, "Plesk simulator started at {0}", endpoint);
    }

    private Map<String, Authenticator.Login> logins(Builder builder) {
        Map<String, Authenticator.Login> logins = new LinkedHashMap<>();
        if (builder.administratorLogin != null) {
            logins.put(builder.administratorLogin, new Authenticator.Login(builder.administratorLogin,
                    builder.administratorPassword, Caller.ADMINISTRATOR));
        }
        for (Map.Entry<String, String> entry : builder.customerPasswords.entrySet()) {
            String login = entry.getKey();
            CustomerAccount customer = accounts.customerByLogin(login).orElseThrow(() -> new IllegalStateException(
                    "A password is set for customer login '" + login + "', but no customer has this login"));
            if (logins.containsKey(login)) {
                throw new IllegalStateException("The customer login '" + login + "' is also the administrator's login");
            }
            logins.put(login, new Authenticator.Login(login, entry.getValue(), new Caller(customer.id())));
        }
        return logins;
    }

    private void requireOwnerExists(long taskId, TaskOwner owner) {
        if (!accounts.exists(owner)) {
            throw new IllegalStateException("Task " + taskId + " belongs to " + owner + ", which is not defined");
        }
    }

    private static URI endpointOf(boolean https, InetSocketAddress address) {
        InetAddress bound = address.getAddress();
        String host = bound.isAnyLocalAddress() ? "127.0.0.1" : bound.getHostAddress();
        try {
            return new URI(https ? "https" : "http", null, host, address.getPort(), AgentHttpHandler.AGENT_PATH, null,
                    null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot build the endpoint URI for " + address, e);
        }
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Starts the configuration of a simulator. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the URI of {@code agent.php}, such as {@code http://127.0.0.1:40123/enterprise/control/agent.php}. */
    public URI endpoint() {
        return endpoint;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public boolean isHttps() {
        return certificate != null;
    }

    /** Returns the SHA-256 fingerprint of the served certificate, as upper-case hex pairs separated by colons. */
    public String certificateSha256Fingerprint() {
        return requireCertificate().sha256Fingerprint();
    }

    /** Returns the served self-signed certificate. */
    public X509Certificate certificate() {
        return requireCertificate().certificate();
    }

    private SelfSignedCertificate requireCertificate() {
        if (certificate == null) {
            throw new IllegalStateException("This simulator serves plain HTTP and has no certificate");
        }
        return certificate;
    }

    /** Returns the clock that task progress follows. */
    public Clock clock() {
        return clock;
    }

    /** Returns the supported protocol versions, oldest first. */
    public List<String> supportedProtocols() {
        return versions.supported();
    }

    /** Returns the faults to apply to upcoming requests. */
    public FaultInjector faults() {
        return faults;
    }

    /** Returns the requests received so far, oldest first. Only the most recent ones are kept (1000 by default). */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Forgets the recorded requests. */
    public synchronized void clearRequests() {
        requests.clear();
    }

    private synchronized void record(RecordedRequest request) {
        if (requests.size() == maxRecordedRequests) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    /**
     * Sets the duration and outcome of the task that the next {@code backup-*} operation creates. Calls queue up, one
     * per backup. When the queue is empty, the builder's default applies. A null duration means the task works until
     * stopped.
     */
    public void scheduleNextBackup(Duration duration, TaskOutcome outcome) {
        tasks.scheduleNextBackup(new TaskStore.BackupScript(duration, outcome));
    }

    /** Returns all tasks, ordered by id. */
    public List<BackupTask> tasks() {
        return tasks.all();
    }

    /** Returns the task with the given id. */
    public Optional<BackupTask> task(long id) {
        return tasks.find(id);
    }

    /** Adds a task while the simulator runs. Its owner must exist and its id must be unused. */
    public BackupTask addTask(TaskDefinition definition) {
        requireOwnerExists(definition.id(), definition.owner());
        BackupTask task = definition.toTask(clock);
        tasks.add(task);
        return task;
    }

    /** Stops the server at once, closing open connections, and ends its threads. Calling it again has no effect. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        server.stop(0);
        executor.shutdownNow();
        LOGGER.log(Level.INFO, "Plesk simulator at {0} stopped", endpoint);
    }

    @Override
    public String toString() {
        return "Plesk simulator at " + endpoint;
    }

    /** Names the server threads so that thread dumps show where they come from. */
    private static final class DaemonThreadFactory implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "plesk-simulator-http-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    /**
     * Configuration of a {@link PleskSimulator}. Defaults: plain HTTP on an ephemeral port of 127.0.0.1, the system
     * clock, pretty-printed responses, protocol versions 1.6.3.0 to 1.6.9.1 with {@code backup-manager} up to 1.6.9.0,
     * no users, and new backups that finish after 3 seconds.
     */
    public static final class Builder {
        private boolean https;
        private InetAddress bindAddress = IPV4_LOOPBACK;
        private int port;
        private Clock clock = Clock.systemDefaultZone();
        private boolean prettyPrint = true;
        private List<String> supportedProtocols = ProtocolVersions.DEFAULT_SUPPORTED;
        private String backupManagerMaxProtocol = ProtocolVersions.DEFAULT_BACKUP_MANAGER_MAX;
        private String administratorLogin;
        private String administratorPassword;
        private final List<Authenticator.SecretKey> secretKeys = new ArrayList<>();
        private final Map<String, String> customerPasswords = new LinkedHashMap<>();
        private final SimulatedAccounts accounts = new SimulatedAccounts();
        private final List<TaskDefinition> tasks = new ArrayList<>();
        private TaskStore.BackupScript defaultBackup = new TaskStore.BackupScript(Duration.ofSeconds(3),
                TaskOutcome.FINISHED);
        private final List<TaskStore.BackupScript> nextBackups = new ArrayList<>();
        private UnknownTaskIdResponse unknownTaskIdResponse = UnknownTaskIdResponse.EMPTY_RESULT;
        private int maxRecordedRequests = 1000;

        private Builder() {
        }

        /** Serves HTTPS with a self-signed certificate instead of plain HTTP. */
        public Builder https(boolean enabled) {
            this.https = enabled;
            return this;
        }

        /** Sets the local address to listen on, 127.0.0.1 by default. */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /** Sets the port to listen on. The default 0 picks a free ephemeral port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Invalid port " + port + ", expected 0 to 65535");
            }
            this.port = port;
            return this;
        }

        /** Sets the clock for task start times and progress. Tests pass a {@link ManualClock}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Chooses indented responses (the default) or responses without whitespace between elements. */
        public Builder prettyPrint(boolean enabled) {
            this.prettyPrint = enabled;
            return this;
        }

        /** Sets the protocol versions that {@code get_protos} lists. The newest one is the server's version. */
        public Builder supportedProtocols(List<String> versions) {
            this.supportedProtocols = List.copyOf(versions);
            return this;
        }

        /** Sets the newest protocol version whose schema still contains {@code backup-manager}. */
        public Builder backupManagerMaxProtocol(String version) {
            this.backupManagerMaxProtocol = Objects.requireNonNull(version, "version");
            return this;
        }

        /** Sets the administrator's login and password. */
        public Builder administrator(String login, String password) {
            this.administratorLogin = requireText(login, "administrator login");
            this.administratorPassword = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * Adds a secret key that authenticates as the administrator, accepted only from {@code boundTo}. A null
         * address accepts the key from any address.
         */
        public Builder secretKey(String key, InetAddress boundTo) {
            secretKeys.add(new Authenticator.SecretKey(requireText(key, "secret key"), boundTo));
            return this;
        }

        /**
         * Lets the customer with the given login authenticate with the password. Such a user may only see and back up
         * its own customer account, its webspaces and their tasks. For anything else it gets error 1006.
         */
        public Builder customerPassword(String login, String password) {
            customerPasswords.put(requireText(login, "customer login"), Objects.requireNonNull(password, "password"));
            return this;
        }

        /** Adds a reseller. */
        public Builder reseller(long id, String login) {
            accounts.add(new ResellerAccount(id, requireText(login, "reseller login")));
            return this;
        }

        /** Adds a customer of the administrator. */
        public Builder customer(long id, String login) {
            accounts.add(new CustomerAccount(id, requireText(login, "customer login"), null));
            return this;
        }

        /** Adds a customer of the given reseller. */
        public Builder customer(long id, String login, long resellerId) {
            accounts.add(new CustomerAccount(id, requireText(login, "customer login"), resellerId));
            return this;
        }

        /** Adds a webspace of the administrator. */
        public Builder webspace(long id, String name) {
            accounts.add(new WebspaceAccount(id, requireText(name, "webspace name"), null));
            return this;
        }

        /** Adds a webspace of the given customer. */
        public Builder webspace(long id, String name, long customerId) {
            accounts.add(new WebspaceAccount(id, requireText(name, "webspace name"), customerId));
            return this;
        }

        /** Adds a task that exists from the start. Its owner must be defined by the time {@link #start()} runs. */
        public Builder task(TaskDefinition definition) {
            tasks.add(Objects.requireNonNull(definition, "definition"));
            return this;
        }

        /**
         * Sets the duration and outcome of backups for which nothing was scheduled, by default 3 seconds and
         * {@link TaskOutcome#FINISHED} by default. A null duration means the tasks work until stopped.
         */
        public Builder defaultBackup(Duration duration, TaskOutcome outcome) {
            this.defaultBackup = new TaskStore.BackupScript(duration, outcome);
            return this;
        }

        /** Queues the duration and outcome of the next created backup, as {@link PleskSimulator#scheduleNextBackup} does. */
        public Builder scheduleNextBackup(Duration duration, TaskOutcome outcome) {
            nextBackups.add(new TaskStore.BackupScript(duration, outcome));
            return this;
        }

        /** Chooses the response to {@code get-tasks-info} for a task id that does not exist. */
        public Builder unknownTaskIdResponse(UnknownTaskIdResponse response) {
            this.unknownTaskIdResponse = Objects.requireNonNull(response, "response");
            return this;
        }

        /** Sets how many of the most recent requests {@link PleskSimulator#requests()} keeps, 1000 by default. */
        public Builder maxRecordedRequests(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("Invalid maximum of recorded requests " + max + ", expected 1 or more");
            }
            this.maxRecordedRequests = max;
            return this;
        }

        /** Applies the scenario's settings to this builder. */
        public Builder scenario(Scenario scenario) {
            scenario.applyTo(this);
            return this;
        }

        /**
         * Starts the server and returns the running simulator.
         *
         * @throws IOException if the port cannot be bound or the certificate cannot be created
         * @throws IllegalStateException if a task, webspace, customer or customer password refers to an undefined
         *     owner or login
         */
        public PleskSimulator start() throws IOException {
            return new PleskSimulator(this);
        }

        private static String requireText(String value, String description) {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("The " + description + " is missing");
            }
            return value;
        }
    }
}
