package edu.lifecycle.curriculum.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import edu.lifecycle.servicekit.security.AccessRules;
import edu.lifecycle.servicekit.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call curriculum (README, "Who may"): the registrar runs it; the operations viewer reads cohort results
 * and the defense calendar; a student reads their own transcript and graduation checklist.
 */
@Configuration(proxyBeanMethods = false)
public class CurriculumAccessRules {

    private static final String REGISTRAR = Roles.REGISTRAR;
    private static final String VIEWER = Roles.OPERATIONS_VIEWER;

    @Bean
    public AccessRules curriculumAccess() {
        return rules();
    }

    public static AccessRules rules() {
        return AccessRules.forService(REGISTRAR)
                .ownStudent(GET, "/api/v1/transcripts/{studentId}", REGISTRAR)
                .allow(POST, "/api/v1/transcripts/{studentId}/grades", REGISTRAR)
                .allow(POST, "/api/v1/transcripts/{studentId}/dissertation", REGISTRAR)
                .allow(POST, "/api/v1/transcripts/{studentId}/dissertation/defense", REGISTRAR)
                .allow(PUT, "/api/v1/transcripts/{studentId}/dissertation/defense", REGISTRAR)
                .allow(POST, "/api/v1/transcripts/{studentId}/dissertation/defense/result", REGISTRAR)
                .ownStudent(GET, "/api/v1/students/{studentId}/graduation-checklist", REGISTRAR)
                // The right of access (docs/privacy.md): the privacy officer for anyone, a student for themselves.
                .ownStudent(GET, "/api/v1/students/{studentId}/personal-data/export", Roles.PRIVACY_OFFICER)
                .allow(GET, "/api/v1/defenses", REGISTRAR, VIEWER)
                .allow(GET, "/api/v1/programmes/{programme}/years/{year}/results", REGISTRAR, VIEWER)
                // Each student's conditions by name: a person's standing, the registrar's work, not the viewer's.
                .allow(GET, "/api/v1/programmes/{programme}/years/{year}/graduation-readiness", REGISTRAR)
                .build();
    }
}
