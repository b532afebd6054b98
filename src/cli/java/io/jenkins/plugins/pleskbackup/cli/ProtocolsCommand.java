package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.ServerProtocols;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code plesk-backup protocols}: the command-line counterpart of Jenkins' "Test connection". Sends
 * {@code server/get_protos} and prints the protocol versions the server speaks and the certificate it presents.
 */
@Command(name = "protocols", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "Lists the XML API protocol versions the server supports.",
        description = "Sends server/get_protos, which also checks the connection, the certificate and the"
                + " credentials, and prints the protocol versions the server supports. Use one of them with"
                + " --protocol-version when the server rejects the default 1.6.9.0.")
final class ProtocolsCommand implements Callable<Integer> {

    private final CommandContext context;

    @Mixin
    ConnectionOptions connection;

    ProtocolsCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws PleskException, InterruptedException {
        PleskClient client = connection.createClient(context);
        ServerProtocols protocols = client.getSupportedProtocols();
        String configured = client.settings().protocolVersion();

        context.out().println("Plesk server '" + client.settings().serverName() + "' accepted the credentials.");
        if (protocols.certificateFingerprint() != null) {
            context.out().println("Certificate SHA-256 fingerprint: " + protocols.certificateFingerprint());
        }
        context.out().println("Newest protocol version: " + protocols.serverProtocolVersion());
        context.out().println("Supported protocol versions: " + String.join(" ", protocols.supportedVersions()));
        context.out().println(protocols.supports(configured)
                ? "The protocol version in use, " + configured + ", is supported."
                : "The protocol version in use, " + configured + ", is not listed; choose one of the versions above"
                        + " with --protocol-version, ideally 1.6.9.0 or the newest one below it.");
        return ExitCodes.OK;
    }
}
