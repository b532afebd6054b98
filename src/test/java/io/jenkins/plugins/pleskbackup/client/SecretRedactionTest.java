package io.jenkins.plugins.pleskbackup.client;

import static io.jenkins.plugins.pleskbackup.client.SimulatorClients.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.pleskbackup.simulator.Fault;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Failing calls never show the secret key or the password: not in exception messages, not in {@code toString()} of
 * settings, authentication or exceptions, and not in any log record of the plugin's packages at FINE.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SecretRedactionTest {

    private static final String SECRET_KEY = "Key-7d1f0e9a-SECRET";
    private static final String PASSWORD = "Pw-c0ffee-SECRET";
    private static final String LOGIN = "jenkins-bot";

    /** The two ways to authenticate, each with the secret it must hide. */
    enum Credentials {
        SECRET_KEY_HEADER(PleskAuthentication.secretKey(SECRET_KEY), SECRET_KEY, "KEY"),
        LOGIN_AND_PASSWORD(PleskAuthentication.loginPassword(LOGIN, PASSWORD), PASSWORD, "HTTP_AUTH_PASSWD");

        final PleskAuthentication authentication;
        final String secret;
        final String header;

        Credentials(PleskAuthentication authentication, String secret, String header) {
            this.authentication = authentication;
            this.secret = secret;
            this.header = header;
        }
    }

    private final Logger pluginLogger = Logger.getLogger("io.jenkins.plugins.pleskbackup");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        /** Skips the simulator's records, which name the injected faults and so the test's planted secrets. */
        @Override
        public synchronized void publish(LogRecord record) {
            if (!String.valueOf(record.getLoggerName()).startsWith("io.jenkins.plugins.pleskbackup.simulator")) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;
    private PleskSimulator simulator;

    @BeforeEach
    void startSimulatorAndCapture() throws Exception {
        previousLevel = pluginLogger.getLevel();
        pluginLogger.setLevel(Level.FINE);
        capture.setLevel(Level.FINE);
        pluginLogger.addHandler(capture);
        // The key is bound to a TEST-NET address, so that calls from 127.0.0.1 get error 11003.
        simulator = SimulatorClients.simulator(new ManualClock(START))
                .secretKey(SECRET_KEY, InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}))
                .start();
    }

    @AfterEach
    void stopSimulatorAndCapture() {
        simulator.close();
        pluginLogger.removeHandler(capture);
        pluginLogger.setLevel(previousLevel);
    }

    private PleskConnectionSettings settings(Credentials credentials) {
        return PleskConnectionSettings.builder(simulator.endpoint(), credentials.authentication)
                .serverName("secret-test")
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .build();
    }

    private PleskException failure(PleskConnectionSettings settings) {
        return catchThrowableOfType(PleskException.class, () -> new PleskClient(settings).getTask("5472"));
    }

    private void assertNoSecret(Credentials credentials, PleskConnectionSettings settings, PleskException failure) {
        String secret = credentials.secret;
        assertThat(failure).as("failure").isNotNull();
        for (Throwable current = failure; current != null; current = current.getCause()) {
            assertThat(String.valueOf(current.getMessage())).as("message of %s", current.getClass())
                    .doesNotContain(secret);
            assertThat(current.toString()).as("toString of %s", current.getClass()).doesNotContain(secret);
        }
        assertThat(settings.toString()).doesNotContain(secret);
        assertThat(settings.authentication().toString()).doesNotContain(secret);
        assertThat(settings.identity()).doesNotContain(secret);
        assertThat(settings.tls().toString()).doesNotContain(secret);

        List<LogRecord> snapshot;
        synchronized (capture) {
            snapshot = List.copyOf(records);
        }
        assertThat(snapshot).as("log records of io.jenkins.plugins.pleskbackup").isNotEmpty();
        SimpleFormatter formatter = new SimpleFormatter();
        for (LogRecord record : snapshot) {
            assertThat(formatter.format(record)).as("log record %s", record.getMessage()).doesNotContain(secret);
            assertThat(String.valueOf(record.getMessage())).doesNotContain(secret);
        }
    }

    private void assertRedactedFailure(Credentials credentials, Fault fault, Class<? extends PleskException> type,
            Consumer<PleskException> extraChecks) {
        simulator.faults().next(fault);
        PleskConnectionSettings settings = settings(credentials);

        PleskException failure = failure(settings);

        assertThat(failure).isInstanceOf(type);
        assertNoSecret(credentials, settings, failure);
        extraChecks.accept(failure);
    }

    @Test
    void rejectedPasswordHidden() {
        PleskConnectionSettings settings = settings(Credentials.LOGIN_AND_PASSWORD);

        PleskException failure = failure(settings);

        assertThat(failure).isInstanceOf(PleskAuthenticationException.class);
        assertThat(failure.getErrorCode()).hasValue(1001);
        assertNoSecret(Credentials.LOGIN_AND_PASSWORD, settings, failure);
    }

    @Test
    void rejectedSecretKeyHidden() {
        PleskConnectionSettings settings = settings(Credentials.SECRET_KEY_HEADER);

        PleskException failure = failure(settings);

        assertThat(failure).isInstanceOf(PleskSecretKeyRejectedException.class);
        assertThat(failure.getErrorCode()).hasValue(11003);
        assertNoSecret(Credentials.SECRET_KEY_HEADER, settings, failure);
    }

    @ParameterizedTest
    @EnumSource(Credentials.class)
    void echoedHeadersInErrorPageHidden(Credentials credentials) {
        String page = "<html><body><h1>500 Internal Server Error</h1><pre>POST /enterprise/control/agent.php\n"
                + "HTTP_AUTH_LOGIN: " + LOGIN + "\n" + credentials.header + ": " + credentials.secret
                + "\n</pre></body></html>";

        assertRedactedFailure(credentials, Fault.rawResponse(500, "text/html", page), PleskHttpStatusException.class,
                failure -> assertThat(failure.getMessage()).contains(credentials.header + ": ****"));
    }

    @ParameterizedTest
    @EnumSource(Credentials.class)
    void echoedSecretInHtmlPageHidden(Credentials credentials) {
        String page = "<html><body>Request was " + credentials.header + "=" + credentials.secret + "</body></html>";

        assertRedactedFailure(credentials, Fault.rawResponse(200, "text/html", page),
                PleskNonXmlResponseException.class,
                failure -> assertThat(failure.getMessage()).contains(credentials.header + "=****"));
    }

    @ParameterizedTest
    @EnumSource(Credentials.class)
    void echoedSecretInErrtextHidden(Credentials credentials) {
        assertRedactedFailure(credentials, Fault.systemError(1002, "Bad header value " + credentials.secret),
                PleskSystemErrorException.class,
                failure -> assertThat(failure.getMessage()).contains("Bad header value ****"));
    }

    @ParameterizedTest
    @EnumSource(Credentials.class)
    void echoedSecretInRedirectHidden(Credentials credentials) {
        assertRedactedFailure(credentials, Fault.redirect("https://plesk.invalid/login?key=" + credentials.secret),
                PleskRedirectException.class,
                failure -> assertThat(((PleskRedirectException) failure).getLocation())
                        .isEqualTo("https://plesk.invalid/login?key=****"));
    }

    @ParameterizedTest
    @EnumSource(Credentials.class)
    void echoedSecretInMalformedXmlHidden(Credentials credentials) {
        assertRedactedFailure(credentials, Fault.rawResponse(200, "text/xml",
                        "<packet><" + credentials.secret + "></packet>"),
                PleskMalformedResponseException.class, failure -> { });
    }

    @ParameterizedTest
    @EnumSource(Credentials.class)
    void timeoutHidesSecret(Credentials credentials) {
        simulator.faults().next(Fault.delay(Duration.ofSeconds(5)));
        PleskConnectionSettings settings = PleskConnectionSettings.builder(simulator.endpoint(),
                        credentials.authentication)
                .readTimeout(Duration.ofMillis(300))
                .build();

        PleskException failure = failure(settings);

        assertThat(failure).isInstanceOf(PleskTimeoutException.class);
        assertNoSecret(credentials, settings, failure);
    }

    @ParameterizedTest
    @EnumSource(Credentials.class)
    void refusedConnectionHidesSecret(Credentials credentials) throws Exception {
        PleskConnectionSettings settings = PleskConnectionSettings.builder(
                        "http://127.0.0.1:" + SimulatorClients.closedLoopbackPort(), credentials.authentication)
                .build();

        PleskException failure = failure(settings);

        assertThat(failure).isInstanceOf(PleskConnectionException.class);
        assertNoSecret(credentials, settings, failure);
    }

    @Test
    void htmlEscapedPasswordHidden() {
        String password = "p&ss<w>rd \"Q\" 'x'";
        PleskConnectionSettings settings = PleskConnectionSettings.builder(simulator.endpoint(),
                PleskAuthentication.loginPassword(LOGIN, password)).build();
        simulator.faults().next(Fault.rawResponse(502, "text/html", "<html><body><p>HTTP_AUTH_PASSWD:"
                + " p&amp;ss&lt;w&gt;rd &quot;Q&quot; &#39;x&#39;</p></body></html>"));

        PleskException failure = failure(settings);

        assertThat(failure).isInstanceOf(PleskHttpStatusException.class);
        assertThat(failure.getMessage()).contains("HTTP_AUTH_PASSWD: ****").doesNotContain("p&amp;ss")
                .doesNotContain("ss&lt;w&gt;rd");
    }

    @Test
    void urlEncodedPasswordHidden() {
        String password = "p&ss w/rd+1";
        PleskConnectionSettings settings = PleskConnectionSettings.builder(simulator.endpoint(),
                PleskAuthentication.loginPassword(LOGIN, password)).build();
        simulator.faults().next(Fault.redirect("https://plesk.invalid/login?passwd=p%26ss+w%2Frd%2B1"));

        PleskRedirectException failure = catchThrowableOfType(PleskRedirectException.class,
                () -> new PleskClient(settings).getTask("1"));

        assertThat(failure.getLocation()).isEqualTo("https://plesk.invalid/login?passwd=****");
        assertThat(failure.getMessage()).doesNotContain("p%26ss");
    }

    @Test
    void pinnedTlsSettingsShowNoSecret() {
        PleskConnectionSettings settings = PleskConnectionSettings.builder("plesk.invalid",
                        PleskAuthentication.loginPassword(LOGIN, PASSWORD))
                .tls(TlsSettings.pinned("AA".repeat(32)))
                .build();

        assertThat(settings.toString()).contains("login '" + LOGIN + "' with password").doesNotContain(PASSWORD);
    }
}
