package io.jenkins.plugins.pleskbackup.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The "Plesk" section of the system configuration page keeps every setting of every server when submitted. */
@WithJenkins
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class GlobalConfigurationTest {

    private static final String FINGERPRINT = "3A:F1:" + "00:".repeat(29) + "09";

    @Test
    void serversSurviveConfigRoundTrip(JenkinsRule j) throws Exception {
        PleskServer prod = new PleskServer("prod", "https://plesk-prod.invalid:8443", "plesk-prod-key");
        prod.setTlsVerification(TlsVerification.PINNED_CERTIFICATE);
        prod.setCertificateFingerprint(FINGERPRINT);
        prod.setProtocolVersion("1.6.8.0");
        prod.setConnectTimeoutSeconds(20);
        prod.setReadTimeoutSeconds(90);
        prod.setWaitTimeoutMinutes(240);
        prod.setMaxPollIntervalSeconds(30);
        PleskServer staging = new PleskServer("staging", "https://plesk-staging.invalid:8443", "plesk-staging-login");
        PleskGlobalConfiguration.get().setServers(List.of(prod, staging));

        j.configRoundtrip();

        List<PleskServer> servers = PleskGlobalConfiguration.get().getServers();
        assertThat(servers).containsExactly(prod, staging);
        j.assertEqualDataBoundBeans(prod, servers.get(0));
        j.assertEqualDataBoundBeans(staging, servers.get(1));
    }
}
