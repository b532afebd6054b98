package io.jenkins.plugins.pleskbackup.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings and authentication; nothing here connects, and host names are under the reserved .invalid TLD. */
class PleskConnectionSettingsTest {

    private static final String SECRET_KEY = "0b9c1d2e-secret-key-7a6f";
    private static final String PASSWORD = "pw-Zq81-secret";

    private static PleskConnectionSettings.Builder builder() {
        return PleskConnectionSettings.builder("plesk.invalid", PleskAuthentication.secretKey(SECRET_KEY));
    }

    @Test
    void defaults() {
        PleskConnectionSettings settings = builder().build();

        assertThat(settings.endpoint())
                .isEqualTo(URI.create("https://plesk.invalid:8443/enterprise/control/agent.php"));
        assertThat(settings.serverName()).isEqualTo("plesk.invalid:8443");
        assertThat(settings.tls()).isEqualTo(TlsSettings.verify());
        assertThat(settings.protocolVersion()).isEqualTo("1.6.9.0");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.maxResponseBytes()).isEqualTo(16 * 1024 * 1024);
        assertThat(settings.executor()).isNull();
        assertThat(settings.httpClientBuilderFactory().get()).isNotNull();
    }

    @Test
    void serverNameTrimmedOrDefaulted() {
        assertThat(builder().serverName("  production ").build().serverName()).isEqualTo("production");
        assertThat(builder().serverName("   ").build().serverName()).isEqualTo("plesk.invalid:8443");
        assertThat(builder().serverName(null).build().serverName()).isEqualTo("plesk.invalid:8443");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {"1.6.9.0|1.6.9.0", "' 1.6.3.0 '|1.6.3.0", "1.6|1.6", "1.6.9|1.6.9",
        "2024.1.2.3|2024.1.2.3"})
    void validProtocolVersion(String version, String expected) {
        assertThat(builder().protocolVersion(version).build().protocolVersion()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"1", "1.6.9.0.1", "v1.6", "1..6", "1.6.x", "12345.1"})
    void invalidProtocolVersionRejected(String version) {
        assertThatThrownBy(() -> builder().protocolVersion(version))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The protocol version '" + version + "' is not valid; give it as Plesk does, for example"
                        + " 1.6.9.0.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingProtocolVersionRejected(String version) {
        assertThatThrownBy(() -> PleskConnectionSettings.requireProtocolVersion(version))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The protocol version '' is not valid; give it as Plesk does, for example 1.6.9.0.");
    }

    @Test
    void nonPositiveTimeoutsRejected() {
        assertThatThrownBy(() -> builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The connect timeout must be positive, got PT0S.");
        assertThatThrownBy(() -> builder().readTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The read timeout must be positive, got PT-1S.");
        assertThatThrownBy(() -> builder().readTimeout(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The read timeout must be positive, got null.");
    }

    @Test
    void responseLimitAtLeastOneKilobyte() {
        assertThat(builder().maxResponseBytes(1024).build().maxResponseBytes()).isEqualTo(1024);
        assertThatThrownBy(() -> builder().maxResponseBytes(1023))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The response size limit must be at least 1024 bytes.");
    }

    @Test
    void invalidUrlRejected() {
        assertThatThrownBy(() -> PleskConnectionSettings.builder("gopher://plesk.invalid",
                PleskAuthentication.secretKey(SECRET_KEY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uses the scheme 'gopher'");
    }

    @Test
    void missingPartsRejected() {
        assertThatThrownBy(() -> PleskConnectionSettings.builder("plesk.invalid", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("authentication");
        assertThatThrownBy(() -> PleskConnectionSettings.builder((URI) null, PleskAuthentication.secretKey("k")))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("endpoint");
        assertThatThrownBy(() -> builder().tls(null)).isInstanceOf(NullPointerException.class).hasMessage("tls");
        assertThatThrownBy(() -> builder().httpClientBuilderFactory(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("factory");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void blankSecretKeyRejected(String key) {
        assertThatThrownBy(() -> PleskAuthentication.secretKey(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Plesk secret key is empty.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void blankLoginRejected(String login) {
        assertThatThrownBy(() -> PleskAuthentication.loginPassword(login, PASSWORD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Plesk login is empty.");
    }

    @Test
    void authenticationHeaders() {
        PleskAuthentication key = PleskAuthentication.secretKey("  " + SECRET_KEY + " ");
        PleskAuthentication login = PleskAuthentication.loginPassword(" admin ", PASSWORD);

        assertThat(key.headers()).hasSize(1);
        assertThat(key.headers().get(0)).containsExactly("KEY", SECRET_KEY);
        assertThat(login.headers()).hasSize(2);
        assertThat(login.headers().get(0)).containsExactly("HTTP_AUTH_LOGIN", "admin");
        assertThat(login.headers().get(1)).containsExactly("HTTP_AUTH_PASSWD", PASSWORD);
        assertThat(((PleskAuthentication.LoginPassword) login).login()).isEqualTo("admin");
    }

    @Test
    void nullPasswordSentEmpty() {
        PleskAuthentication login = PleskAuthentication.loginPassword("admin", null);

        assertThat(login.headers().get(1)).containsExactly("HTTP_AUTH_PASSWD", "");
        assertThat(login.secrets()).isEmpty();
    }

    @Test
    void toStringShowsNoSecret() {
        PleskConnectionSettings withKey = builder().serverName("production").build();
        PleskConnectionSettings withPassword = PleskConnectionSettings.builder("https://plesk.invalid:8443",
                PleskAuthentication.loginPassword("admin", PASSWORD)).build();

        assertThat(withKey).hasToString("Plesk server 'production' at"
                + " https://plesk.invalid:8443/enterprise/control/agent.php"
                + " (secret key, TLS verify, protocol 1.6.9.0)");
        assertThat(withPassword.toString()).contains("login 'admin' with password").doesNotContain(PASSWORD);
        assertThat(withKey.authentication()).hasToString("secret key");
        assertThat(withPassword.authentication()).hasToString("login 'admin' with password");
    }

    @Test
    void identityContainsNoSecret() {
        String withKey = builder().build().identity();
        String withPassword = PleskConnectionSettings.builder("plesk.invalid",
                PleskAuthentication.loginPassword("admin", PASSWORD)).build().identity();

        assertThat(withKey).doesNotContain(SECRET_KEY);
        assertThat(withPassword).doesNotContain(PASSWORD).doesNotContain("admin");
    }

    @Test
    void identityDiffersWhenConnectionDiffers() {
        String base = builder().build().identity();

        assertThat(builder().build().identity()).isEqualTo(base);
        assertThat(PleskConnectionSettings.builder("plesk.invalid", PleskAuthentication.secretKey("other-key"))
                .build().identity()).isNotEqualTo(base);
        assertThat(builder().tls(TlsSettings.insecure()).build().identity()).isNotEqualTo(base);
        assertThat(builder().protocolVersion("1.6.3.0").build().identity()).isNotEqualTo(base);
        assertThat(builder().readTimeout(Duration.ofSeconds(5)).build().identity()).isNotEqualTo(base);
        assertThat(builder().maxResponseBytes(4096).build().identity()).isNotEqualTo(base);
        assertThat(builder().serverName("other").build().identity()).isNotEqualTo(base);
        assertThat(builder().executor(Runnable::run).build().identity()).isEqualTo(base);
    }
}
