package io.jenkins.plugins.pleskbackup.simulator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The resellers, customers and webspaces of the simulated server. Immutable once the simulator has started. */
final class SimulatedAccounts {

    private final Map<Long, ResellerAccount> resellers = new LinkedHashMap<>();
    private final Map<Long, CustomerAccount> customers = new LinkedHashMap<>();
    private final Map<Long, WebspaceAccount> webspaces = new LinkedHashMap<>();

    /** Returns an independent copy, so that a builder reused after start cannot change a running simulator. */
    SimulatedAccounts copy() {
        SimulatedAccounts copy = new SimulatedAccounts();
        copy.resellers.putAll(resellers);
        copy.customers.putAll(customers);
        copy.webspaces.putAll(webspaces);
        return copy;
    }

    void add(ResellerAccount reseller) {
        requireNewId("reseller", reseller.id(), resellers);
        resellers.put(reseller.id(), reseller);
    }

    void add(CustomerAccount customer) {
        requireNewId("customer", customer.id(), customers);
        customers.put(customer.id(), customer);
    }

    void add(WebspaceAccount webspace) {
        requireNewId("webspace", webspace.id(), webspaces);
        webspaces.put(webspace.id(), webspace);
    }

    private static void requireNewId(String kind, long id, Map<Long, ?> existing) {
        if (id <= 0) {
            throw new IllegalArgumentException("Invalid " + kind + " id " + id + ", ids are positive integers");
        }
        if (existing.containsKey(id)) {
            throw new IllegalArgumentException("The " + kind + " id " + id + " is already defined");
        }
    }

    /** Checks that every owner a customer or webspace refers to exists. */
    void validateReferences() {
        for (CustomerAccount customer : customers.values()) {
            if (customer.resellerId() != null && !resellers.containsKey(customer.resellerId())) {
                throw new IllegalStateException("Customer " + customer.id() + " belongs to reseller "
                        + customer.resellerId() + ", which is not defined");
            }
        }
        for (WebspaceAccount webspace : webspaces.values()) {
            if (webspace.customerId() != null && !customers.containsKey(webspace.customerId())) {
                throw new IllegalStateException("Webspace " + webspace.id() + " belongs to customer "
                        + webspace.customerId() + ", which is not defined");
            }
        }
    }

    /** Returns whether the owner of a task exists: always for the server. */
    boolean exists(TaskOwner owner) {
        switch (owner.type()) {
            case SERVER:
                return true;
            case RESELLER:
                return resellers.containsKey(owner.id());
            case CUSTOMER:
                return customers.containsKey(owner.id());
            case WEBSPACE:
                return webspaces.containsKey(owner.id());
            default:
                throw new IllegalArgumentException("Unknown owner type " + owner.type());
        }
    }

    Optional<ResellerAccount> reseller(long id) {
        return Optional.ofNullable(resellers.get(id));
    }

    Optional<ResellerAccount> resellerByLogin(String login) {
        return resellers.values().stream().filter(reseller -> reseller.login().equals(login)).findFirst();
    }

    Optional<CustomerAccount> customer(long id) {
        return Optional.ofNullable(customers.get(id));
    }

    Optional<CustomerAccount> customerByLogin(String login) {
        return customers.values().stream().filter(customer -> customer.login().equals(login)).findFirst();
    }

    Optional<WebspaceAccount> webspace(long id) {
        return Optional.ofNullable(webspaces.get(id));
    }

    /** Finds a webspace by domain name, ignoring case as DNS does. */
    Optional<WebspaceAccount> webspaceByName(String name) {
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return webspaces.values().stream()
                .filter(webspace -> webspace.name().toLowerCase(Locale.ROOT).equals(lowerCase))
                .findFirst();
    }

    Collection<CustomerAccount> customers() {
        return customers.values();
    }
}
