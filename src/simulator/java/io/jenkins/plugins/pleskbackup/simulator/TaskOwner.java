package io.jenkins.plugins.pleskbackup.simulator;

/**
 * Owner of a backup task: the server, or the reseller, customer or webspace with the given id. It appears as the first
 * child of a {@code task} in {@code get-tasks-info} responses.
 *
 * @param type the kind of owner
 * @param id the owner's id, or 0 for the server
 */
public record TaskOwner(Type type, long id) {

    /** Kind of task owner, with the element name that identifies it in a {@code task}. */
    public enum Type {
        SERVER("server"),
        RESELLER("reseller-id"),
        CUSTOMER("customer-id"),
        WEBSPACE("webspace-id");

        private final String elementName;

        Type(String elementName) {
            this.elementName = elementName;
        }

        /** Returns the name of the owner element in a {@code task}. */
        public String elementName() {
            return elementName;
        }
    }

    private static final TaskOwner SERVER = new TaskOwner(Type.SERVER, 0);

    public TaskOwner {
        if (type == null) {
            throw new IllegalArgumentException("Task owner type is missing");
        }
        if (type == Type.SERVER && id != 0) {
            throw new IllegalArgumentException("The server owner has no id, but " + id + " was given");
        }
        if (type != Type.SERVER && id <= 0) {
            throw new IllegalArgumentException("Invalid " + type.elementName() + " " + id + ", ids are positive integers");
        }
    }

    /** Returns the owner of server-level tasks. */
    public static TaskOwner server() {
        return SERVER;
    }

    /** Returns the owner of the reseller's own tasks. */
    public static TaskOwner reseller(long resellerId) {
        return new TaskOwner(Type.RESELLER, resellerId);
    }

    /** Returns the owner of the customer's own tasks. */
    public static TaskOwner customer(long customerId) {
        return new TaskOwner(Type.CUSTOMER, customerId);
    }

    /** Returns the owner of the webspace's tasks. */
    public static TaskOwner webspace(long webspaceId) {
        return new TaskOwner(Type.WEBSPACE, webspaceId);
    }

    @Override
    public String toString() {
        return type == Type.SERVER ? "server" : type.elementName() + " " + id;
    }
}
