package io.jenkins.plugins.pleskbackup.connection;

import io.jenkins.plugins.pleskbackup.client.PleskConnectionSettings;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;

/**
 * A server reference resolved for one build: connection settings with the credentials looked up, and the server's
 * default wait settings.
 *
 * @param settings the client settings, including the secret; never log or persist them
 * @param waitDefaults the configured server's wait defaults, or the built-in ones for a URL given directly
 */
public record ResolvedServer(PleskConnectionSettings settings, WaitSettings waitDefaults) {

    /** Name of the server in console lines. */
    public String displayName() {
        return settings.serverName();
    }
}
