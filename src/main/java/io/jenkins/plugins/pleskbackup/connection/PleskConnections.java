package io.jenkins.plugins.pleskbackup.connection;

import hudson.AbortException;
import hudson.ProxyConfiguration;
import hudson.model.Run;
import io.jenkins.plugins.pleskbackup.client.PleskAuthentication;
import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskConnectionSettings;
import io.jenkins.plugins.pleskbackup.client.TlsSettings;
import io.jenkins.plugins.pleskbackup.config.PleskGlobalConfiguration;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Turns a {@link ServerReference} into client settings for a build, and keeps one {@link PleskClient} per distinct
 * settings, so that repeated polls reuse their HTTP connections. Requests go through the Jenkins proxy settings.
 */
public final class PleskConnections {

    private static final int MAX_CACHED_CLIENTS = 32;

    /**
     * Threads of the JDK HTTP clients' asynchronous work, shared by all clients of the plugin. Without it each client
     * would grow its own unbounded thread pool under load. Callers wait for responses on their own threads, not on
     * these.
     */
    private static final int HTTP_THREADS = 4;

    private static final ExecutorService HTTP_EXECUTOR = httpExecutor();

    private static final Map<String, PleskClient> CLIENTS = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PleskClient> eldest) {
            return size() > MAX_CACHED_CLIENTS;
        }
    };

    private PleskConnections() {
    }

    /**
     * Resolves the reference for a build; credentials are looked up as the build's identity and their use is recorded.
     *
     * @throws AbortException with a message for the build log when the server or the credentials cannot be used
     */
    public static ResolvedServer resolve(ServerReference reference, Run<?, ?> run) throws AbortException {
        return resolve(reference, run, true);
    }

    /**
     * Resolves the reference again for a later request of the same step, without recording the credentials' use
     * again. Resolving each time picks up changed credentials and server settings.
     */
    public static ResolvedServer resolveAgain(ServerReference reference, Run<?, ?> run) throws AbortException {
        return resolve(reference, run, false);
    }

    private static ResolvedServer resolve(ServerReference reference, Run<?, ?> run, boolean recordUse)
            throws AbortException {
        if (reference.url() != null) {
            PleskAuthentication authentication = PleskCredentials.forBuild(reference.credentialsId(), reference.url(),
                    run, recordUse);
            try {
                TlsSettings tls = reference.certificateFingerprint() == null ? TlsSettings.verify()
                        : TlsSettings.pinned(reference.certificateFingerprint());
                PleskConnectionSettings settings = withJenkinsDefaults(
                        PleskConnectionSettings.builder(reference.url(), authentication).tls(tls)).build();
                return new ResolvedServer(settings, WaitSettings.defaults());
            } catch (IllegalArgumentException e) {
                throw new AbortException(e.getMessage());
            }
        }

        PleskServer server = findServer(reference.serverName());
        String credentialsId = reference.credentialsId() != null ? reference.credentialsId()
                : server.getCredentialsId();
        if (credentialsId == null) {
            throw new AbortException(Messages.PleskConnections_NoCredentials(server.getName()));
        }
        PleskAuthentication authentication = PleskCredentials.forBuild(credentialsId, server.getUrl(), run,
                recordUse);
        try {
            return new ResolvedServer(settingsFor(server, authentication).build(), server.toWaitSettings());
        } catch (IllegalArgumentException e) {
            throw new AbortException(Messages.PleskConnections_InvalidServer(server.getName(), e.getMessage()));
        }
    }

    /**
     * Client settings for a configured server.
     *
     * @throws IllegalArgumentException when the server's URL, fingerprint or protocol version is invalid
     */
    public static PleskConnectionSettings.Builder settingsFor(PleskServer server, PleskAuthentication authentication) {
        if (server.getUrl() == null) {
            throw new IllegalArgumentException(Messages.PleskConnections_NoUrl(server.getName()));
        }
        return withJenkinsDefaults(PleskConnectionSettings.builder(server.getUrl(), authentication)
                .serverName(server.getName())
                .tls(server.toTlsSettings())
                .protocolVersion(server.getProtocolVersion())
                .connectTimeout(Duration.ofSeconds(server.getConnectTimeoutSeconds()))
                .readTimeout(Duration.ofSeconds(server.getReadTimeoutSeconds())));
    }

    /** The shared client for these settings; clients are created on first use and reused while cached. */
    public static PleskClient client(PleskConnectionSettings settings) {
        String key = settings.identity();
        synchronized (CLIENTS) {
            return CLIENTS.computeIfAbsent(key, unused -> new PleskClient(settings));
        }
    }

    private static PleskConnectionSettings.Builder withJenkinsDefaults(PleskConnectionSettings.Builder builder) {
        return builder.httpClientBuilderFactory(ProxyConfiguration::newHttpClientBuilder).executor(HTTP_EXECUTOR);
    }

    private static ExecutorService httpExecutor() {
        AtomicInteger count = new AtomicInteger();
        ClassLoader pluginClassLoader = PleskConnections.class.getClassLoader();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(HTTP_THREADS, HTTP_THREADS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "Plesk HTTP client " + count.incrementAndGet());
                    thread.setDaemon(true);
                    thread.setContextClassLoader(pluginClassLoader);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    private static PleskServer findServer(String name) throws AbortException {
        List<PleskServer> servers = PleskGlobalConfiguration.get().getServers();
        if (name == null) {
            if (servers.size() == 1) {
                return servers.get(0);
            }
            throw new AbortException(servers.isEmpty() ? Messages.PleskConnections_NoServers()
                    : Messages.PleskConnections_ServerNameRequired(names(servers)));
        }
        PleskServer server = PleskGlobalConfiguration.get().getServer(name);
        if (server == null) {
            throw new AbortException(servers.isEmpty() ? Messages.PleskConnections_UnknownServerNoneConfigured(name)
                    : Messages.PleskConnections_UnknownServer(name, names(servers)));
        }
        return server;
    }

    private static String names(List<PleskServer> servers) {
        return servers.stream().map(PleskServer::getName).collect(Collectors.joining(", "));
    }
}
