package edu.lifecycle.placement.security;

import edu.lifecycle.placement.PlacementApplication;
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
 * Every operation of placement's OpenAPI document against every kind of caller. The expected access below is written
 * from the roles table and the README's "Who may", not read from {@code PlacementAccessRules}: a change of rights
 * changes both.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacementSecurityMatrixIntegrationTest {

    private static final String OFFICER = "placement-officer";
    private static final String VIEWER = "operations-viewer";

    private RunningService placement;
    private SecurityMatrix matrix;

    @BeforeAll
    void start(StackEndpoints stack) {
        placement = RunningService.start(
                PlacementApplication::builder,
                stack,
                "placement-matrix-" + UUID.randomUUID().toString().substring(0, 8),
                context -> context.getBean(StreamsRuntime.class).state() == KafkaStreams.State.RUNNING,
                List.of());
        matrix = SecurityMatrix.of(placement, stack.identity())
                .pathValue("programme", "M2-ISD")
                .expect(
                        "GET /api/v1/students/{studentId}/placements",
                        Access.roles(OFFICER).andOwnStudentInPath())
                .expect(
                        "GET /api/v1/students/{studentId}/placements/{placementId}",
                        Access.roles(OFFICER).andOwnStudentInPath())
                .expect("POST /api/v1/students/{studentId}/placements/internships", Access.roles(OFFICER))
                .expect("POST /api/v1/students/{studentId}/placements/work-study-contracts", Access.roles(OFFICER))
                .expect("POST /api/v1/students/{studentId}/placements/{placementId}/early-end", Access.roles(OFFICER))
                .expect("POST /api/v1/students/{studentId}/placements/{placementId}/validation", Access.roles(OFFICER))
                .expect("POST /api/v1/students/{studentId}/graduate-outcome", Access.roles(OFFICER))
                // The cohort level is the viewer's; one student's placements are not.
                .expect(
                        "GET /api/v1/programmes/{programme}/years/{year}/graduate-outcomes",
                        Access.roles(OFFICER, VIEWER))
                .expect(
                        "GET /api/v1/programmes/{programme}/years/{year}/pending-validations",
                        Access.roles(OFFICER, VIEWER))
                .expect("GET /api/v1/programmes/{programme}/years/{year}/work-study", Access.roles(OFFICER, VIEWER))
                .expect("GET /api/v1/programmes/{programme}/years/{year}/experience", Access.roles(OFFICER, VIEWER))
                // The kit's, in every service: a student sees the outcome of their own commands only.
                // The right of access: the privacy officer for anyone, a student for themselves (404 for another).
                .expect(
                        "GET /api/v1/students/{studentId}/personal-data/export",
                        Access.roles("privacy-officer").andOwnStudentInPath())
                .expectKitEndpoints(OFFICER);
    }

    @AfterAll
    void stop() {
        if (matrix != null) {
            System.out.println("placement security matrix: " + matrix.timing());
        }
        if (placement != null) {
            placement.close();
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
