package edu.lifecycle.placement.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import edu.lifecycle.servicekit.security.AccessRules;
import edu.lifecycle.servicekit.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call placement (README, "Who may"): the placement officer runs it; the operations viewer reads graduate
 * outcomes, pending validations, work-study and experience; a student reads their own placements.
 */
@Configuration(proxyBeanMethods = false)
public class PlacementAccessRules {

    private static final String OFFICER = Roles.PLACEMENT_OFFICER;
    private static final String VIEWER = Roles.OPERATIONS_VIEWER;

    @Bean
    public AccessRules placementAccess() {
        return rules();
    }

    public static AccessRules rules() {
        return AccessRules.forService(OFFICER)
                .ownStudent(GET, "/api/v1/students/{studentId}/placements", OFFICER)
                .ownStudent(GET, "/api/v1/students/{studentId}/placements/{placementId}", OFFICER)
                .allow(POST, "/api/v1/students/{studentId}/placements/internships", OFFICER)
                .allow(POST, "/api/v1/students/{studentId}/placements/work-study-contracts", OFFICER)
                .allow(POST, "/api/v1/students/{studentId}/placements/{placementId}/early-end", OFFICER)
                .allow(POST, "/api/v1/students/{studentId}/placements/{placementId}/validation", OFFICER)
                .allow(POST, "/api/v1/students/{studentId}/graduate-outcome", OFFICER)
                // The right of access (docs/privacy.md): the privacy officer for anyone, a student for themselves.
                .ownStudent(GET, "/api/v1/students/{studentId}/personal-data/export", Roles.PRIVACY_OFFICER)
                .allow(GET, "/api/v1/programmes/{programme}/years/{year}/graduate-outcomes", OFFICER, VIEWER)
                .allow(GET, "/api/v1/programmes/{programme}/years/{year}/pending-validations", OFFICER, VIEWER)
                .allow(GET, "/api/v1/programmes/{programme}/years/{year}/work-study", OFFICER, VIEWER)
                .allow(GET, "/api/v1/programmes/{programme}/years/{year}/experience", OFFICER, VIEWER)
                .build();
    }
}
