package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.PleskConnectionSettings;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Supplies the {@code --version} text. The version comes from the Maven descriptor that the jar plugin packs into
 * {@code plesk-backup.jar}; classes run from a build folder have none and report a development build.
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    private static final String POM_PROPERTIES = "/META-INF/maven/io.jenkins.plugins/plesk-backup-cli/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {
            "plesk-backup " + version(),
            "XML API protocol " + PleskConnectionSettings.DEFAULT_PROTOCOL_VERSION + " by default",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "(development build)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }
}
