package edu.lifecycle.admissions.security;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.AdmissionsApplication;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.RunningService;
import edu.lifecycle.testing.StackEndpoints;
import edu.lifecycle.testing.security.Access;
import edu.lifecycle.testing.security.SecurityMatrix;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every operation of admissions' OpenAPI document against every kind of caller. The expected access below is written
 * from the roles table and the README's "Who may", not read from {@code AdmissionsAccessRules}: a change of
 * rights changes both.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdmissionsSecurityMatrixIntegrationTest {

    private static final String OFFICER = "admissions-officer";
    private static final String VIEWER = "operations-viewer";
    private static final String PRIVACY = "privacy-officer";

    private RunningService admissions;
    private SecurityMatrix matrix;

    @BeforeAll
    void start(StackEndpoints stack) {
        admissions = RunningService.start(
                AdmissionsApplication::builder,
                stack,
                "admissions-matrix-" + UUID.randomUUID().toString().substring(0, 8),
                context -> context.getBean(StreamsRuntime.class).state() == KafkaStreams.State.RUNNING,
                List.of());
        // The student's own application exists, so their reads of it answer 200, not "no application".
        var student = admissions.asUser(SecurityMatrix.STUDENT);
        var submitted = student.post("/api/v1/applications", application(SecurityMatrix.OWN_STUDENT_ID));
        assertThat(submitted.status())
                .as("the student submits their own application: %s", submitted)
                .isEqualTo(201);
        student.await("/api/v1/students/" + SecurityMatrix.OWN_STUDENT_ID + "/timeline", r -> r.status() == 200);

        matrix = SecurityMatrix.of(admissions, stack.identity())
                .pathValue("programme", "M2-ISD")
                .body("POST /api/v1/applications", AdmissionsSecurityMatrixIntegrationTest::application)
                .expect("POST /api/v1/applications", Access.roles(OFFICER).andOwnStudentInBody())
                .expect(
                        "GET /api/v1/applications/{studentId}",
                        Access.roles(OFFICER).andOwnStudentInPath())
                .ownStudentAnswers("GET /api/v1/applications/{studentId}", 200)
                .expect("POST /api/v1/applications/{studentId}/eligibility-override", Access.roles(OFFICER))
                .expect("POST /api/v1/applications/{studentId}/exam", Access.roles(OFFICER))
                .expect("POST /api/v1/applications/{studentId}/decision", Access.roles(OFFICER))
                .expect("POST /api/v1/applications/{studentId}/enrollment", Access.roles(OFFICER))
                .expect("POST /api/v1/applications/{studentId}/withdrawal", Access.roles(OFFICER))
                .expect(
                        "GET /api/v1/students/{studentId}/timeline",
                        Access.roles(OFFICER).andOwnStudentInPath())
                .ownStudentAnswers("GET /api/v1/students/{studentId}/timeline", 200)
                // The roster entry is the office's working view of one person: not the viewer's, not the student's.
                .expect("GET /api/v1/students/{studentId}/roster-entry", Access.roles(OFFICER))
                // Erasure and rectification are the privacy officer's alone.
                .expect("DELETE /api/v1/students/{studentId}/personal-data", Access.roles(PRIVACY))
                .body(
                        "POST /api/v1/students/{studentId}/personal-data/rectification",
                        id -> "{\"fullName\":\"Matrix Student Corrected\"}")
                .expect("POST /api/v1/students/{studentId}/personal-data/rectification", Access.roles(PRIVACY))
                // The right of access: the privacy officer for anyone, a student for themselves (404 for another).
                .expect(
                        "GET /api/v1/students/{studentId}/personal-data/export",
                        Access.roles(PRIVACY).andOwnStudentInPath())
                .ownStudentAnswers("GET /api/v1/students/{studentId}/personal-data/export", 200)
                .expect("GET /api/v1/programmes/{programme}/years/{year}/roster", Access.roles(OFFICER, VIEWER))
                .expect("GET /api/v1/programmes/{programme}/years/{year}/applications", Access.roles(OFFICER, VIEWER))
                .expect("GET /api/v1/programmes/{programme}/years/{year}/funnel", Access.roles(OFFICER, VIEWER))
                .expect("GET /api/v1/programmes/{programme}/years/{year}/intake", Access.roles(OFFICER, VIEWER))
                // The kit's, in every service: a student sees the outcome of their own commands only.
                .expectKitEndpoints(OFFICER);
    }

    @AfterAll
    void stop() {
        if (matrix != null) {
            System.out.println("admissions security matrix: " + matrix.timing());
        }
        if (admissions != null) {
            admissions.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAgainstEveryCaller() {
        return matrix.tests();
    }

    @TestFactory
    Stream<DynamicTest> actuator() {
        return matrix.actuatorTests();
    }

    private static String application(String studentId) {
        return """
                {"studentId":"%s","programme":"M2-ISD","academicYear":"2026-2027",
                 "priorDegree":{"title":"Master 1 Political Science","institution":"Université Grenoble Alpes",
                                "country":"FR","ects":240},
                 "preferredStream":"PROFESSIONAL","preferredScheme":"INITIAL",
                 "fullName":"Matrix Student","email":"%s@example.org"}
                """.formatted(studentId, studentId);
    }
}
