package io.jenkins.plugins.pleskbackup.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The faults that the simulator applies to upcoming requests. A queued fault ({@code next}) applies once, to the next
 * matching request. A permanent fault ({@code always}) applies to every matching request for which no queued fault
 * matched. A fault limited to an operation name (such as {@code get-tasks-info}, {@code backup-server} or
 * {@code get_protos}) matches only requests whose packet contains that operation, and alters only that operation's
 * result. Thread-safe.
 */
public final class FaultInjector {

    /** A fault chosen for a request. {@code operationName} is null when the fault applies to all operations. */
    record Selected(Fault fault, String operationName) {
    }

    private final List<Selected> queued = new ArrayList<>();
    private final List<Selected> permanent = new ArrayList<>();

    FaultInjector() {
    }

    /** Applies the fault to the next request. */
    public synchronized void next(Fault fault) {
        queued.add(new Selected(Objects.requireNonNull(fault, "fault"), null));
    }

    /** Applies the fault to the next request that contains the named operation. */
    public synchronized void next(String operationName, Fault fault) {
        queued.add(new Selected(Objects.requireNonNull(fault, "fault"), requireName(operationName)));
    }

    /** Applies the fault to every request until {@link #clear()}. */
    public synchronized void always(Fault fault) {
        permanent.add(new Selected(Objects.requireNonNull(fault, "fault"), null));
    }

    /** Applies the fault to every request that contains the named operation, until {@link #clear()}. */
    public synchronized void always(String operationName, Fault fault) {
        permanent.add(new Selected(Objects.requireNonNull(fault, "fault"), requireName(operationName)));
    }

    /** Removes all queued and permanent faults. */
    public synchronized void clear() {
        queued.clear();
        permanent.clear();
    }

    private static String requireName(String operationName) {
        if (operationName == null || operationName.isBlank()) {
            throw new IllegalArgumentException("The operation name of a fault is missing");
        }
        return operationName;
    }

    /** Returns the fault for a request with the given operations, removing it if it was queued, or null. */
    synchronized Selected select(List<String> operationNames) {
        for (Iterator<Selected> it = queued.iterator(); it.hasNext();) {
            Selected candidate = it.next();
            if (matches(candidate, operationNames)) {
                it.remove();
                return candidate;
            }
        }
        for (Selected candidate : permanent) {
            if (matches(candidate, operationNames)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean matches(Selected candidate, List<String> operationNames) {
        return candidate.operationName() == null || operationNames.contains(candidate.operationName());
    }
}
