package edu.lifecycle.billing.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import edu.lifecycle.servicekit.security.AccessRules;
import edu.lifecycle.servicekit.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call billing (README, "Who may"): the bursar runs it; the operations viewer reads receivables and overdue
 * lists; a student reads their own account.
 */
@Configuration(proxyBeanMethods = false)
public class BillingAccessRules {

    private static final String BURSAR = Roles.BURSAR;
    private static final String VIEWER = Roles.OPERATIONS_VIEWER;

    @Bean
    public AccessRules billingAccess() {
        return rules();
    }

    public static AccessRules rules() {
        return AccessRules.forService(BURSAR)
                .ownStudent(GET, "/api/v1/accounts/{studentId}", BURSAR)
                .allow(POST, "/api/v1/accounts/{studentId}/payments", BURSAR)
                .allow(POST, "/api/v1/accounts/{studentId}/cash-plan", BURSAR)
                .allow(POST, "/api/v1/accounts/{studentId}/refunds", BURSAR)
                // The right of access (docs/privacy.md): the privacy officer for anyone, a student for themselves.
                .ownStudent(GET, "/api/v1/students/{studentId}/personal-data/export", Roles.PRIVACY_OFFICER)
                .allow(GET, "/api/v1/programmes/{programme}/years/{year}/receivables", BURSAR, VIEWER)
                .allow(GET, "/api/v1/programmes/{programme}/years/{year}/overdue", BURSAR, VIEWER)
                .build();
    }
}
