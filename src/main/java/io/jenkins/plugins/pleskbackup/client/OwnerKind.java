package io.jenkins.plugins.pleskbackup.client;

import java.util.Locale;

/**
 * Level of the Plesk object that owns a backup task. Plesk's XML API writes it as the first child of a
 * {@code task} element: {@code server}, {@code reseller-id}, {@code customer-id} or {@code webspace-id}.
 */
public enum OwnerKind {
    SERVER("server"),
    RESELLER("reseller-id"),
    CUSTOMER("customer-id"),
    /** A subscription in Plesk's user interface; the XML API calls it a webspace. */
    WEBSPACE("webspace-id");

    private final String ownerElement;

    OwnerKind(String ownerElement) {
        this.ownerElement = ownerElement;
    }

    /** Name of the owner element in a {@code get-tasks-info} task. */
    public String ownerElement() {
        return ownerElement;
    }

    /** Lower-case name for messages and JSON output, for example {@code webspace}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OwnerKind fromOwnerElement(String element) {
        for (OwnerKind kind : values()) {
            if (kind.ownerElement.equals(element)) {
                return kind;
            }
        }
        return null;
    }
}
