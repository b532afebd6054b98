package io.jenkins.plugins.pleskbackup.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing of server addresses. Nothing here connects, and every host name is under the reserved .invalid TLD. */
class PleskEndpointsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plesk.invalid|https://plesk.invalid:8443/enterprise/control/agent.php",
        "'  plesk.invalid  '|https://plesk.invalid:8443/enterprise/control/agent.php",
        "plesk.invalid:9443|https://plesk.invalid:9443/enterprise/control/agent.php",
        "127.0.0.1|https://127.0.0.1:8443/enterprise/control/agent.php",
        "[::1]:8443|https://[::1]:8443/enterprise/control/agent.php",
        "https://plesk.invalid|https://plesk.invalid/enterprise/control/agent.php",
        "https://plesk.invalid/|https://plesk.invalid/enterprise/control/agent.php",
        "https://plesk.invalid:8443|https://plesk.invalid:8443/enterprise/control/agent.php",
        "HTTPS://plesk.invalid:8443|https://plesk.invalid:8443/enterprise/control/agent.php",
        "http://plesk.invalid:8880|http://plesk.invalid:8880/enterprise/control/agent.php",
        "https://plesk.invalid:8443/custom/agent.php|https://plesk.invalid:8443/custom/agent.php"})
    void validAddress(String address, String expected) {
        assertThat(PleskEndpoints.parse(address)).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void emptyAddressRejected(String address) {
        assertThatThrownBy(() -> PleskEndpoints.parse(address))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Plesk URL is empty; give the server address, for example"
                        + " https://plesk.example.com:8443.");
    }

    @Test
    void unsupportedSchemeRejected() {
        assertThatThrownBy(() -> PleskEndpoints.parse("ftp://plesk.invalid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Plesk URL 'ftp://plesk.invalid' uses the scheme 'ftp'; only https and http are"
                        + " supported.");
    }

    @Test
    void missingHostRejected() {
        assertThatThrownBy(() -> PleskEndpoints.parse("https:///enterprise/control/agent.php"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Plesk URL 'https:///enterprise/control/agent.php' has no host name; give it as"
                        + " https://host:8443.");
    }

    @Test
    void invalidSyntaxRejected() {
        assertThatThrownBy(() -> PleskEndpoints.parse("https://plesk .invalid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The Plesk URL 'https://plesk .invalid' is not a valid URL: ")
                .hasMessageEndingWith(". Give it as https://host:8443.");
    }

    @Test
    void queryRejected() {
        assertThatThrownBy(() -> PleskEndpoints.parse("https://plesk.invalid:8443/?debug=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Plesk URL 'https://plesk.invalid:8443/?debug=1' has a query or fragment; give only"
                        + " scheme, host, port and path.");
    }

    @Test
    void fragmentRejected() {
        assertThatThrownBy(() -> PleskEndpoints.parse("https://plesk.invalid:8443/#top"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has a query or fragment");
    }

    @Test
    void userInfoRejectedWithoutEchoingPassword() {
        assertThatThrownBy(() -> PleskEndpoints.parse("https://admin:Secret-Pw-1@plesk.invalid:8443"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Plesk URL for host 'plesk.invalid' contains a login or password; remove it from the"
                        + " URL and store the login and password as a credential instead.")
                .message().doesNotContain("Secret-Pw-1");
    }

    @Test
    void userInfoHiddenInOtherErrors() {
        assertThatThrownBy(() -> PleskEndpoints.parse("ftp://admin:Secret-Pw-1@plesk.invalid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uses the scheme 'ftp'")
                .message().doesNotContain("Secret-Pw-1");
        assertThatThrownBy(() -> PleskEndpoints.parse("https://admin:Secret-Pw-1@plesk .invalid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The Plesk URL 'https://****@plesk .invalid' is not a valid URL: ")
                .hasNoCause()
                .message().doesNotContain("Secret-Pw-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://plesk.invalid:8443/enterprise/control/agent.php|plesk.invalid:8443",
        "https://plesk.invalid/enterprise/control/agent.php|plesk.invalid:443",
        "http://plesk.invalid/enterprise/control/agent.php|plesk.invalid:80"})
    void hostAndPortFillsDefaultPort(String endpoint, String expected) {
        assertThat(PleskEndpoints.hostAndPort(URI.create(endpoint))).isEqualTo(expected);
    }
}
