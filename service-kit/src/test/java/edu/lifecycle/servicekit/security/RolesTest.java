package edu.lifecycle.servicekit.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The services check the roles the embedded provider issues (and Keycloak's realm mirrors, KeycloakRealmTest): a role
 * one side names and the other does not is a token nobody can get or a right nobody can use.
 */
class RolesTest {

    @Test
    void theKitKnowsExactlyTheRolesTheIdentityProviderIssues() {
        assertThat(Roles.ALL).containsExactlyElementsOf(edu.lifecycle.identity.Roles.ALL);
        assertThat(Roles.OPERATIONS_ENGINEER).isEqualTo(edu.lifecycle.identity.Roles.OPERATIONS_ENGINEER);
    }
}
