package io.jenkins.plugins.pleskbackup.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Sends request packets to one Plesk endpoint with the JDK's {@link HttpClient} and maps every transport failure to a
 * {@link PleskException}. Redirects are never followed, because each request carries credentials. Every exchange is
 * bounded: the connect timeout for the connection, and connect plus read timeout for the whole exchange.
 */
final class HttpTransport {

    private static final Logger LOGGER = Logger.getLogger(HttpTransport.class.getName());

    private final PleskConnectionSettings settings;
    private final HttpClient client;
    private final String hostAndPort;
    private final ServerText serverText;

    HttpTransport(PleskConnectionSettings settings) {
        this.settings = settings;
        this.hostAndPort = PleskEndpoints.hostAndPort(settings.endpoint());
        this.serverText = new ServerText(settings.authentication().secrets());

        HttpClient.Builder builder = settings.httpClientBuilderFactory().get()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        if ("https".equalsIgnoreCase(settings.endpoint().getScheme())) {
            builder.sslContext(TlsTrust.sslContext(settings.tls()));
            if (settings.tls().mode() == TlsSettings.Mode.INSECURE) {
                LOGGER.log(Level.WARNING, "TLS certificate verification is turned off for Plesk server ''{0}'' at {1};"
                        + " anyone on the network path can read its credentials. Pin the server certificate instead.",
                        new Object[] {settings.serverName(), hostAndPort});
            }
        }
        if (settings.executor() != null) {
            builder.executor(settings.executor());
        }
        this.client = builder.build();
    }

    /**
     * Posts one packet.
     *
     * @param description what the packet does, for log lines; must not contain secrets
     */
    CompletableFuture<HttpExchangeResult> post(byte[] packet, String description) {
        URI endpoint = settings.endpoint();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(settings.readTimeout())
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(packet));
        for (String[] header : settings.authentication().headers()) {
            request.header(header[0], header[1]);
        }
        LOGGER.log(Level.FINE, "Sending {0} to Plesk server ''{1}'' at {2} with {3}",
                new Object[] {description, settings.serverName(), endpoint, settings.authentication()});

        long startNanos = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> sending =
                client.sendAsync(request.build(), info -> new CappedBodySubscriber(settings.maxResponseBytes()));
        Duration limit = settings.connectTimeout().plus(settings.readTimeout());
        CompletableFuture<HttpResponse<byte[]>> bounded = new CompletableFuture<>();
        sending.whenComplete((response, failure) -> {
            if (failure != null) {
                bounded.completeExceptionally(failure);
            } else {
                bounded.complete(response);
            }
        });
        bounded.orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS).whenComplete((response, failure) -> {
            if (failure != null) {
                sending.cancel(true);
            }
        });

        return bounded.handle((response, failure) -> {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
            if (failure != null) {
                PleskException mapped = mapFailure(unwrap(failure));
                LOGGER.log(Level.FINE, "{0} to Plesk server ''{1}'' failed after {2} ms: {3}",
                        new Object[] {description, settings.serverName(), millis, mapped.getMessage()});
                throw new CompletionException(mapped);
            }
            LOGGER.log(Level.FINE, "{0} to Plesk server ''{1}'' answered HTTP {2} with {3} bytes in {4} ms",
                    new Object[] {description, settings.serverName(), response.statusCode(), response.body().length,
                        millis});
            return new HttpExchangeResult(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(""),
                    response.body(),
                    certificateFingerprint(response.sslSession().orElse(null)));
        });
    }

    private static String certificateFingerprint(SSLSession session) {
        if (session == null) {
            return null;
        }
        try {
            Certificate[] certificates = session.getPeerCertificates();
            if (certificates.length > 0 && certificates[0] instanceof X509Certificate) {
                return CertificateFingerprints.sha256((X509Certificate) certificates[0]);
            }
        } catch (SSLPeerUnverifiedException e) {
            LOGGER.log(Level.FINE, "The TLS session has no verified peer certificate", e);
        }
        return null;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private PleskException mapFailure(Throwable failure) {
        String serverName = settings.serverName();
        if (failure instanceof PleskException) {
            return (PleskException) failure;
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return new PleskTimeoutException(serverName, hostAndPort, true, settings.connectTimeout(), failure);
        }
        if (failure instanceof HttpTimeoutException || failure instanceof TimeoutException) {
            return new PleskTimeoutException(serverName, hostAndPort, false, settings.readTimeout(), failure);
        }
        if (failure instanceof ResponseTooLargeException) {
            return new PleskMalformedResponseException(serverName, "it is larger than " + settings.maxResponseBytes()
                    + " bytes, far more than a task list; the limit guards against downloads and floods", false,
                    null);
        }
        if (hasCause(failure, UnresolvedAddressException.class) || hasCause(failure, UnknownHostException.class)) {
            return new PleskUnknownHostException(serverName, settings.endpoint().getHost(), failure);
        }
        SSLException tlsFailure = findCause(failure, SSLException.class);
        if (tlsFailure != null) {
            return tlsException(tlsFailure);
        }
        if (failure instanceof ConnectException) {
            return PleskConnectionException.refused(serverName, hostAndPort, failure);
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : serverText.clean(failure.getMessage());
        return PleskConnectionException.broken(serverName, hostAndPort, detail, failure);
    }

    private PleskTlsException tlsException(SSLException failure) {
        TlsTrust.RejectedCertificateException rejected =
                findCause(failure, TlsTrust.RejectedCertificateException.class);
        String serverName = settings.serverName();
        if (rejected != null && rejected.isPinMismatch()) {
            return new PleskTlsException(serverName, hostAndPort, rejected.getMessage(), rejected.fingerprint(),
                    "If the certificate was renewed, confirm the new fingerprint with the server's administrator and"
                            + " pin it.", failure);
        }
        if (rejected != null) {
            return new PleskTlsException(serverName, hostAndPort, "the certificate is not trusted by the JVM trust"
                    + " store (" + serverText.clean(rejected.getMessage()) + ").", rejected.fingerprint(),
                    "Install a certificate from a trusted certificate authority on Plesk, add its CA to the JVM"
                            + " trust store, or pin this fingerprint if you trust the certificate.", failure);
        }
        return new PleskTlsException(serverName, hostAndPort, serverText.clean(failure.getMessage()) + ".", null,
                "Check that the URL's scheme matches the port: Plesk serves HTTPS on 8443 and plain HTTP on 8880.",
                failure);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        return findCause(failure, type) != null;
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    /** A response body over the configured limit; the exchange is cancelled when it is detected. */
    private static final class ResponseTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        ResponseTooLargeException(int limit) {
            super("Response body exceeds " + limit + " bytes");
        }
    }

    /** Collects the body up to a limit and cancels the subscription as soon as the limit is exceeded. */
    private static final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBodySubscriber(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if ((long) bytes.size() + buffer.remaining() > limit) {
                    subscription.cancel();
                    body.completeExceptionally(new ResponseTooLargeException(limit));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            body.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }
}
