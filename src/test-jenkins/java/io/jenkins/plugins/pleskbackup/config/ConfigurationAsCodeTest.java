package io.jenkins.plugins.pleskbackup.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.Util;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.CNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.yaml.snakeyaml.Yaml;

/**
 * The global configuration as Configuration as Code reads and writes it, under {@code unclassified: plesk}. The
 * example in {@code docs/configuration-as-code.yaml} has the same Plesk section, with example.com hosts.
 */
@WithJenkinsConfiguredWithCode
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ConfigurationAsCodeTest {

    private static final String FINGERPRINT = "3A:F1:" + "00:".repeat(29) + "09";

    @Test
    @ConfiguredWithCode("configuration-as-code.yaml")
    void importSetsEveryGivenSetting(JenkinsConfiguredWithCodeRule j) {
        List<PleskServer> servers = PleskGlobalConfiguration.get().getServers();

        assertThat(servers).extracting(PleskServer::getName).containsExactly("prod", "staging");
        PleskServer prod = servers.get(0);
        assertThat(prod.getUrl()).isEqualTo("https://plesk-prod.invalid:8443");
        assertThat(prod.getCredentialsId()).isEqualTo("plesk-prod-key");
        assertThat(prod.getTlsVerification()).isEqualTo(TlsVerification.PINNED_CERTIFICATE);
        assertThat(prod.getCertificateFingerprint()).isEqualTo(FINGERPRINT);
        assertThat(prod.getConnectTimeoutSeconds()).isEqualTo(20);
        assertThat(prod.getMaxPollIntervalSeconds()).isEqualTo(30);
        assertThat(prod.getReadTimeoutSeconds()).as("default read timeout").isEqualTo(60);
        assertThat(prod.getWaitTimeoutMinutes()).as("default wait timeout").isEqualTo(120);
        assertThat(prod.getProtocolVersion()).as("default protocol version").isEqualTo("1.6.9.0");

        PleskServer staging = servers.get(1);
        assertThat(staging.getUrl()).isEqualTo("https://plesk-staging.invalid:8443");
        assertThat(staging.getCredentialsId()).isEqualTo("plesk-staging-login");
        assertThat(staging.getTlsVerification()).isEqualTo(TlsVerification.TRUST_STORE);
        assertThat(staging.getCertificateFingerprint()).isNull();
    }

    /** Exports the imported configuration; settings at their defaults must not appear. */
    @Test
    @ConfiguredWithCode("configuration-as-code.yaml")
    void exportWritesNonDefaultSettings(JenkinsConfiguredWithCodeRule j) throws Exception {
        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        CNode plesk = Util.getUnclassifiedRoot(context).get("plesk");
        assertThat(plesk).as("exported unclassified.plesk").isNotNull();

        String exported = Util.toYamlString(plesk);
        String expected = Util.toStringFromYamlFile(this, "configuration-as-code-export.yaml");

        // Compared as YAML data, so that quoting and the order of keys do not matter.
        assertThat(yamlData(exported)).as(exported).isEqualTo(yamlData(expected));
    }

    /** Parses YAML and turns every scalar into its text, since an export may quote numbers and enum constants. */
    private static Object yamlData(String yaml) {
        return textOf(new Yaml().load(yaml));
    }

    private static Object textOf(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> texts = new LinkedHashMap<>();
            map.forEach((key, value) -> texts.put(String.valueOf(key), textOf(value)));
            return texts;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(ConfigurationAsCodeTest::textOf).collect(Collectors.toList());
        }
        return String.valueOf(node);
    }
}
