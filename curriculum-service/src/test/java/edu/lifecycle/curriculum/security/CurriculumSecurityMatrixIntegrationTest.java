package edu.lifecycle.curriculum.security;

import edu.lifecycle.curriculum.CurriculumApplication;
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
 * Every operation of curriculum's OpenAPI document against every kind of caller. The expected access below is written
 * from the roles table and the README's "Who may", not read from {@code CurriculumAccessRules}: a change of rights
 * changes both.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurriculumSecurityMatrixIntegrationTest {

    private static final String REGISTRAR = "registrar";
    private static final String VIEWER = "operations-viewer";

    private RunningService curriculum;
    private SecurityMatrix matrix;

    @BeforeAll
    void start(StackEndpoints stack) {
        curriculum = RunningService.start(
                CurriculumApplication::builder,
                stack,
                "curriculum-matrix-" + UUID.randomUUID().toString().substring(0, 8),
                context -> context.getBean(StreamsRuntime.class).state() == KafkaStreams.State.RUNNING,
                List.of());
        matrix = SecurityMatrix.of(curriculum, stack.identity())
                .pathValue("programme", "M2-ISD")
                .expect(
                        "GET /api/v1/transcripts/{studentId}",
                        Access.roles(REGISTRAR).andOwnStudentInPath())
                .expect("POST /api/v1/transcripts/{studentId}/grades", Access.roles(REGISTRAR))
                .expect("POST /api/v1/transcripts/{studentId}/dissertation", Access.roles(REGISTRAR))
                .expect("POST /api/v1/transcripts/{studentId}/dissertation/defense", Access.roles(REGISTRAR))
                .expect("PUT /api/v1/transcripts/{studentId}/dissertation/defense", Access.roles(REGISTRAR))
                .expect("POST /api/v1/transcripts/{studentId}/dissertation/defense/result", Access.roles(REGISTRAR))
                .expect(
                        "GET /api/v1/students/{studentId}/graduation-checklist",
                        Access.roles(REGISTRAR).andOwnStudentInPath())
                // The cohort level is the viewer's: the defense calendar and a programme year's results.
                .expect("GET /api/v1/defenses", Access.roles(REGISTRAR, VIEWER))
                .expect("GET /api/v1/programmes/{programme}/years/{year}/results", Access.roles(REGISTRAR, VIEWER))
                // Graduation readiness names each student's missing conditions: the registrar's only.
                .expect("GET /api/v1/programmes/{programme}/years/{year}/graduation-readiness", Access.roles(REGISTRAR))
                // The kit's, in every service: a student sees the outcome of their own commands only.
                // The right of access: the privacy officer for anyone, a student for themselves (404 for another).
                .expect(
                        "GET /api/v1/students/{studentId}/personal-data/export",
                        Access.roles("privacy-officer").andOwnStudentInPath())
                .expectKitEndpoints(REGISTRAR);
    }

    @AfterAll
    void stop() {
        if (matrix != null) {
            System.out.println("curriculum security matrix: " + matrix.timing());
        }
        if (curriculum != null) {
            curriculum.close();
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
}
