package edu.lifecycle.admissions.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import edu.lifecycle.servicekit.security.AccessRules;
import edu.lifecycle.servicekit.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call admissions (README, "Who may"): the admissions office runs it; the operations viewer reads the
 * cohort-level views; the privacy officer erases, rectifies and exports; a student submits and reads their own application and timeline.
 */
@Configuration(proxyBeanMethods = false)
public class AdmissionsAccessRules {

    private static final String OFFICER = Roles.ADMISSIONS_OFFICER;
    private static final String VIEWER = Roles.OPERATIONS_VIEWER;

    @Bean
    public AccessRules admissionsAccess() {
        return rules();
    }

    public static AccessRules rules() {
        return AccessRules.forService(OFFICER)
                // A student submits their own application only: the controller compares the body's studentId.
                .studentCheckedByEndpoint(POST, "/api/v1/applications", OFFICER)
                .ownStudent(GET, "/api/v1/applications/{studentId}", OFFICER)
                .allow(POST, "/api/v1/applications/{studentId}/eligibility-override", OFFICER)
                .allow(POST, "/api/v1/applications/{studentId}/exam", OFFICER)
                .allow(POST, "/api/v1/applications/{studentId}/decision", OFFICER)
                .allow(POST, "/api/v1/applications/{studentId}/enrollment", OFFICER)
                .allow(POST, "/api/v1/applications/{studentId}/withdrawal", OFFICER)
                .ownStudent(GET, "/api/v1/students/{studentId}/timeline", OFFICER)
                // One student's roster entry is the office's working view, not among what a student reads.
                .allow(GET, "/api/v1/students/{studentId}/roster-entry", OFFICER)
                .allow(DELETE, "/api/v1/students/{studentId}/personal-data", Roles.PRIVACY_OFFICER)
                .allow(POST, "/api/v1/students/{studentId}/personal-data/rectification", Roles.PRIVACY_OFFICER)
                // The right of access: the privacy officer answers requests, a student reads their own export.
                .ownStudent(GET, "/api/v1/students/{studentId}/personal-data/export", Roles.PRIVACY_OFFICER)
                .allow(GET, "/api/v1/programmes/{programme}/years/{year}/roster", OFFICER, VIEWER)
                .allow(GET, "/api/v1/programmes/{programme}/years/{year}/applications", OFFICER, VIEWER)
                .allow(GET, "/api/v1/programmes/{programme}/years/{year}/funnel", OFFICER, VIEWER)
                .allow(GET, "/api/v1/programmes/{programme}/years/{year}/intake", OFFICER, VIEWER)
                .build();
    }
}
