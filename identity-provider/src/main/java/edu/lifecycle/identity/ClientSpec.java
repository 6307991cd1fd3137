package edu.lifecycle.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * A client the provider registers.
 *
 * @param roles the {@code roles} of its client-credentials tokens
 * @param issuesExpiredTokens whether its tokens are expired from the start (a test client proving expiry checks)
 */
record ClientSpec(String clientId, boolean confidential, List<String> roles, boolean issuesExpiredTokens) {

    ClientSpec {
        roles = List.copyOf(roles);
    }

    static List<ClientSpec> all(boolean testClients) {
        List<ClientSpec> clients = new ArrayList<>(List.of(
                new ClientSpec(Clients.INTEGRATION, true, Roles.INTEGRATION, false),
                new ClientSpec(Clients.CONSOLE, false, List.of(), false),
                new ClientSpec(Clients.METRICS, true, List.of(Roles.OPERATIONS_VIEWER), false),
                new ClientSpec(Clients.OPERATIONS, true, List.of(Roles.OPERATIONS_ENGINEER), false)));
        if (testClients) {
            clients.add(new ClientSpec(Clients.TEST, true, List.of(), false));
            clients.add(new ClientSpec(Clients.TEST_EXPIRED, true, Roles.INTEGRATION, true));
        }
        return List.copyOf(clients);
    }

    static List<String> confidentialIds(List<ClientSpec> clients) {
        return clients.stream()
                .filter(ClientSpec::confidential)
                .map(ClientSpec::clientId)
                .toList();
    }
}
