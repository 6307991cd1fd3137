package edu.lifecycle.billing.security;

import edu.lifecycle.billing.BillingApplication;
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
 * Every operation of billing's OpenAPI document against every kind of caller. The expected access below is written
 * from the roles table and the README's "Who may", not read from {@code BillingAccessRules}: a change of rights
 * changes both.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BillingSecurityMatrixIntegrationTest {

    private static final String BURSAR = "bursar";
    private static final String VIEWER = "operations-viewer";

    private RunningService billing;
    private SecurityMatrix matrix;

    @BeforeAll
    void start(StackEndpoints stack) {
        billing = RunningService.start(
                BillingApplication::builder,
                stack,
                "billing-matrix-" + UUID.randomUUID().toString().substring(0, 8),
                context -> context.getBean(StreamsRuntime.class).state() == KafkaStreams.State.RUNNING,
                List.of());
        matrix = SecurityMatrix.of(billing, stack.identity())
                .pathValue("programme", "M2-ISD")
                .expect("GET /api/v1/accounts/{studentId}", Access.roles(BURSAR).andOwnStudentInPath())
                .expect("POST /api/v1/accounts/{studentId}/payments", Access.roles(BURSAR))
                .expect("POST /api/v1/accounts/{studentId}/cash-plan", Access.roles(BURSAR))
                .expect("POST /api/v1/accounts/{studentId}/refunds", Access.roles(BURSAR))
                // The cohort level is the viewer's; one student's account is not.
                .expect("GET /api/v1/programmes/{programme}/years/{year}/receivables", Access.roles(BURSAR, VIEWER))
                .expect("GET /api/v1/programmes/{programme}/years/{year}/overdue", Access.roles(BURSAR, VIEWER))
                // The kit's, in every service: a student sees the outcome of their own commands only.
                // The right of access: the privacy officer for anyone, a student for themselves (404 for another).
                .expect(
                        "GET /api/v1/students/{studentId}/personal-data/export",
                        Access.roles("privacy-officer").andOwnStudentInPath())
                .expectKitEndpoints(BURSAR);
    }

    @AfterAll
    void stop() {
        if (matrix != null) {
            System.out.println("billing security matrix: " + matrix.timing());
        }
        if (billing != null) {
            billing.close();
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
