package io.jenkins.plugins.pleskbackup.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jenkins.plugins.pleskbackup.client.TlsSettings;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** Defaults, normalization and conversions of a configured server. */
class PleskServerTest {

    private static final String FINGERPRINT = "AB:".repeat(31) + "AB";

    @Test
    void defaults() {
        PleskServer server = new PleskServer("prod", "https://plesk.invalid:8443", "plesk-key");

        assertThat(server.getTlsVerification()).isEqualTo(TlsVerification.TRUST_STORE);
        assertThat(server.getCertificateFingerprint()).isNull();
        assertThat(server.getProtocolVersion()).isEqualTo("1.6.9.0");
        assertThat(server.getConnectTimeoutSeconds()).isEqualTo(10);
        assertThat(server.getReadTimeoutSeconds()).isEqualTo(60);
        assertThat(server.getWaitTimeoutMinutes()).isEqualTo(120);
        assertThat(server.getMaxPollIntervalSeconds()).isEqualTo(60);
    }

    @Test
    void constructorTrimsAndDropsBlanks() {
        PleskServer server = new PleskServer("  prod ", " ", "");

        assertThat(server.getName()).isEqualTo("prod");
        assertThat(server.getUrl()).isNull();
        assertThat(server.getCredentialsId()).isNull();
    }

    @Test
    void settersFallBackToDefaults() {
        PleskServer server = new PleskServer("prod", "https://plesk.invalid:8443", "plesk-key");

        server.setTlsVerification(null);
        server.setCertificateFingerprint("   ");
        server.setProtocolVersion(" ");
        server.setConnectTimeoutSeconds(0);
        server.setReadTimeoutSeconds(-5);
        server.setWaitTimeoutMinutes(0);
        server.setMaxPollIntervalSeconds(-1);

        assertThat(server.getTlsVerification()).isEqualTo(TlsVerification.TRUST_STORE);
        assertThat(server.getCertificateFingerprint()).isNull();
        assertThat(server.getProtocolVersion()).isEqualTo("1.6.9.0");
        assertThat(server.getConnectTimeoutSeconds()).isEqualTo(10);
        assertThat(server.getReadTimeoutSeconds()).isEqualTo(60);
        assertThat(server.getWaitTimeoutMinutes()).isEqualTo(120);
        assertThat(server.getMaxPollIntervalSeconds()).isEqualTo(60);
    }

    @Test
    void readResolveFillsMissingFields() throws Exception {
        PleskServer server = new PleskServer("prod", "https://plesk.invalid:8443", "plesk-key");
        server.setReadTimeoutSeconds(30);
        // A configuration saved by an older version lacks these fields, so XStream leaves them null or 0.
        setField(server, "tlsVerification", null);
        setField(server, "protocolVersion", null);
        setField(server, "connectTimeoutSeconds", 0);
        setField(server, "waitTimeoutMinutes", 0);
        setField(server, "maxPollIntervalSeconds", 0);

        Object resolved = readResolve(server);

        assertThat(resolved).isSameAs(server);
        assertThat(server.getTlsVerification()).isEqualTo(TlsVerification.TRUST_STORE);
        assertThat(server.getProtocolVersion()).isEqualTo("1.6.9.0");
        assertThat(server.getConnectTimeoutSeconds()).isEqualTo(10);
        assertThat(server.getReadTimeoutSeconds()).isEqualTo(30);
        assertThat(server.getWaitTimeoutMinutes()).isEqualTo(120);
        assertThat(server.getMaxPollIntervalSeconds()).isEqualTo(60);
        assertThat(server.getName()).isEqualTo("prod");
    }

    @Test
    void pinnedCertificateNeedsFingerprint() {
        PleskServer server = new PleskServer("prod", "https://plesk.invalid:8443", "plesk-key");
        server.setTlsVerification(TlsVerification.PINNED_CERTIFICATE);

        Throwable failure = catchThrowable(server::toTlsSettings);
        server.setCertificateFingerprint(FINGERPRINT);
        TlsSettings pinned = server.toTlsSettings();

        assertThat(failure).isInstanceOf(IllegalArgumentException.class);
        assertThat(failure.getMessage()).startsWith("Plesk server 'prod' pins a certificate but has no fingerprint");
        assertThat(pinned.mode()).isEqualTo(TlsSettings.Mode.PINNED);
    }

    @Test
    void tlsModes() {
        PleskServer server = new PleskServer("prod", "https://plesk.invalid:8443", "plesk-key");

        TlsSettings trustStore = server.toTlsSettings();
        server.setTlsVerification(TlsVerification.SKIP_VERIFICATION);
        TlsSettings skipped = server.toTlsSettings();

        assertThat(trustStore).isEqualTo(TlsSettings.verify());
        assertThat(skipped).isEqualTo(TlsSettings.insecure());
    }

    @Test
    void waitSettingsFromServer() {
        PleskServer server = new PleskServer("prod", "https://plesk.invalid:8443", "plesk-key");
        server.setWaitTimeoutMinutes(45);
        server.setMaxPollIntervalSeconds(20);

        assertThat(server.toWaitSettings().timeout().toMinutes()).isEqualTo(45);
        assertThat(server.toWaitSettings().maxPollInterval().toSeconds()).isEqualTo(20);
    }

    @Test
    void equalityCoversSettings() {
        PleskServer first = new PleskServer("prod", "https://plesk.invalid:8443", "plesk-key");
        PleskServer second = new PleskServer("prod", "https://plesk.invalid:8443", "plesk-key");

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        second.setReadTimeoutSeconds(30);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void toStringNamesCredentialsIdOnly() {
        PleskServer server = new PleskServer("prod", "https://plesk.invalid:8443", "plesk-key");

        assertThat(server.toString())
                .isEqualTo("Plesk server 'prod' at https://plesk.invalid:8443 (credentials plesk-key, TLS"
                        + " TRUST_STORE)");
    }

    @Test
    void versionsCompareNumerically() {
        assertThat(PleskServer.DescriptorImpl.compareVersions("1.6.10.0", "1.6.9.0")).isPositive();
        assertThat(PleskServer.DescriptorImpl.compareVersions("1.6.9", "1.6.9.0")).isZero();
        assertThat(PleskServer.DescriptorImpl.compareVersions("1.6.3.5", "1.6.9.0")).isNegative();
    }

    private static void setField(PleskServer server, String name, Object value) throws ReflectiveOperationException {
        Field field = PleskServer.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(server, value);
    }

    private static Object readResolve(PleskServer server) throws ReflectiveOperationException {
        Method readResolve = PleskServer.class.getDeclaredMethod("readResolve");
        readResolve.setAccessible(true);
        return readResolve.invoke(server);
    }
}
