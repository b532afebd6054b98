package io.jenkins.plugins.pleskbackup.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The protocol versions the simulated server supports, and the rules that map a packet's {@code version} attribute to
 * one of them.
 */
final class ProtocolVersions {

    /**
     * Versions named in Plesk's documentation and client tests from 1.6.3.0 (Plesk 10) to 1.6.9.1 (Obsidian). A real
     * server lists more intermediate versions.
     */
    static final List<String> DEFAULT_SUPPORTED =
            List.of("1.6.3.0", "1.6.3.4", "1.6.5.0", "1.6.6.0", "1.6.7.0", "1.6.8.0", "1.6.9.0", "1.6.9.1");

    /** Newest version whose schema set contains {@code backup-manager}: Plesk's Onyx reference lists 1.5.2.0 to 1.6.9.0. */
    static final String DEFAULT_BACKUP_MANAGER_MAX = "1.6.9.0";

    private static final Pattern VERSION = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9}){0,3}");

    /** Result of resolving a requested version: the version that applies, or the system error to send. */
    record Resolution(String version, int errorCode, String errorText) {
        boolean isSupported() {
            return version != null;
        }
    }

    private final List<String> supported;
    private final String backupManagerMax;

    ProtocolVersions(List<String> supported, String backupManagerMax) {
        if (supported.isEmpty()) {
            throw new IllegalArgumentException("The list of supported protocol versions is empty");
        }
        List<String> sorted = new ArrayList<>();
        for (String version : supported) {
            requireValid(version);
            if (!sorted.contains(version)) {
                sorted.add(version);
            }
        }
        sorted.sort(ProtocolVersions::compare);
        this.supported = List.copyOf(sorted);
        this.backupManagerMax = requireValid(backupManagerMax);
    }

    private static String requireValid(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("Invalid protocol version '" + version + "', expected a form like 1.6.9.0");
        }
        return version;
    }

    /** Returns the supported versions, oldest first. */
    List<String> supported() {
        return supported;
    }

    String newest() {
        return supported.get(supported.size() - 1);
    }

    String backupManagerMax() {
        return backupManagerMax;
    }

    /**
     * Maps a packet's {@code version} attribute to a supported version. No attribute means the newest version. A short
     * form such as {@code 1.6} or {@code 1.6.5} selects the newest supported version that starts with it, as Plesk's
     * own client tests expect. Any other unknown version gets error 1017 when it is older than the oldest supported
     * version, and 1005 otherwise.
     */
    Resolution resolve(String requested) {
        if (requested == null) {
            return new Resolution(newest(), 0, null);
        }
        if (!VERSION.matcher(requested).matches()) {
            return unsupported(requested);
        }
        if (supported.contains(requested)) {
            return new Resolution(requested, 0, null);
        }
        String shortFormMatch = newestStartingWith(requested);
        if (shortFormMatch != null) {
            return new Resolution(shortFormMatch, 0, null);
        }
        if (compare(requested, supported.get(0)) < 0) {
            return new Resolution(null, PleskErrorCodes.OUTDATED_PROTOCOL_VERSION,
                    "This feature is not supported for protocol version " + requested);
        }
        return unsupported(requested);
    }

    private static Resolution unsupported(String requested) {
        return new Resolution(null, PleskErrorCodes.UNSUPPORTED_PROTOCOL_VERSION,
                "Protocol version " + requested + " is not supported.");
    }

    private String newestStartingWith(String shortForm) {
        if (shortForm.split("\\.").length >= 4) {
            return null;
        }
        String prefix = shortForm + ".";
        return supported.stream().filter(version -> version.startsWith(prefix)).max(ProtocolVersions::compare).orElse(null);
    }

    /** Returns whether the schema set of the given supported version still contains {@code backup-manager}. */
    boolean hasBackupManager(String version) {
        return compare(version, backupManagerMax) <= 0;
    }

    /** Compares dotted versions component by component as numbers. A missing component counts as 0. */
    static int compare(String left, String right) {
        String[] leftParts = left.split("\\.");
        String[] rightParts = right.split("\\.");
        for (int i = 0; i < Math.max(leftParts.length, rightParts.length); i++) {
            long leftPart = i < leftParts.length ? Long.parseLong(leftParts[i]) : 0;
            long rightPart = i < rightParts.length ? Long.parseLong(rightParts[i]) : 0;
            if (leftPart != rightPart) {
                return Long.compare(leftPart, rightPart);
            }
        }
        return 0;
    }
}
