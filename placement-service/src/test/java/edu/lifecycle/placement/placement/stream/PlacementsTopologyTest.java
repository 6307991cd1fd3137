package edu.lifecycle.placement.placement.stream;

import static edu.lifecycle.placement.Lifecycle.degreeAwarded;
import static edu.lifecycle.placement.Lifecycle.earlyEnd;
import static edu.lifecycle.placement.Lifecycle.enrolled;
import static edu.lifecycle.placement.Lifecycle.firstPosition;
import static edu.lifecycle.placement.Lifecycle.internship;
import static edu.lifecycle.placement.Lifecycle.on;
import static edu.lifecycle.placement.Lifecycle.validation;
import static edu.lifecycle.placement.Lifecycle.withdrawn;
import static edu.lifecycle.placement.Lifecycle.workStudy;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.events.placement.ExperienceRequirementMet;
import edu.lifecycle.events.placement.GraduateOutcomeRecorded;
import edu.lifecycle.events.placement.InternshipAgreementSigned;
import edu.lifecycle.events.placement.InternshipValidated;
import edu.lifecycle.events.placement.PlacementEndedEarly;
import edu.lifecycle.events.placement.PlacementKind;
import edu.lifecycle.events.placement.PlacementRecordClosed;
import edu.lifecycle.events.placement.PlacementRecordOpened;
import edu.lifecycle.events.placement.WorkStudyContractSigned;
import edu.lifecycle.placement.PlacementDriver;
import edu.lifecycle.placement.placement.Programmes;
import edu.lifecycle.placement.placement.Sector;
import edu.lifecycle.servicekit.command.CommandOutcome;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlacementsTopologyTest {

    private static final String CAMILLE = "stu-camille";

    private final PlacementDriver placement = new PlacementDriver(Programmes.catalog());

    @AfterEach
    void close() {
        placement.close();
    }

    @Test
    void anEnrollmentOpensARecordWithTheProgrammesExperienceRequirement() {
        placement.admissions(CAMILLE, enrolled(CAMILLE, "M2-ISD"));

        assertThat(placement.events(PlacementRecordOpened.class))
                .singleElement()
                .satisfies(opened -> {
                    assertThat(opened.getStudentId()).isEqualTo(CAMILLE);
                    assertThat(opened.getProgramme()).isEqualTo("M2-ISD");
                    assertThat(opened.getAcademicYear()).isEqualTo("2026-2027");
                    assertThat(opened.getRequiredMonths()).isEqualByComparingTo("6.00");
                });
        assertThat(placement.record(CAMILLE).requiredMonths()).isEqualByComparingTo("6.00");
    }

    @Test
    void anEnrollmentReadTwiceOpensOneRecord() {
        var enrollment = enrolled(CAMILLE, "M2-ISD");

        placement.admissions(CAMILLE, enrollment);
        placement.admissions(CAMILLE, enrollment);

        assertThat(placement.events(PlacementRecordOpened.class)).hasSize(1);
        assertThat(placement.outcomes()).hasSize(1);
    }

    @Test
    void anEnrollmentInAProgrammeWithoutReferenceDataIsRefusedWithARecordedOutcome() {
        placement.admissions(CAMILLE, enrolled(CAMILLE, "M1-UNKNOWN"));

        assertThat(placement.outcomes().values()).singleElement().satisfies(outcome -> {
            assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.REJECTED);
            assertThat(outcome.rejection().rule()).isEqualTo("programme-unknown");
        });
        assertThat(placement.events()).isEmpty();
    }

    @Test
    void aWithdrawalClosesTheRecord() {
        placement.admissions(CAMILLE, enrolled(CAMILLE, "M2-ISD"));

        placement.admissions(CAMILLE, withdrawn(CAMILLE));

        assertThat(placement.events(PlacementRecordClosed.class))
                .singleElement()
                .satisfies(closed -> assertThat(closed.getReason()).contains("moved abroad"));
        assertThat(placement.record(CAMILLE).closed()).isTrue();
    }

    @Test
    void aWithdrawalOfAnApplicantWhoNeverEnrolledPublishesNothing() {
        placement.admissions(CAMILLE, withdrawn(CAMILLE));

        assertThat(placement.events()).isEmpty();
        assertThat(placement.outcomes().values())
                .singleElement()
                .satisfies(outcome -> assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED));
    }

    @Test
    void aDegreeMakesTheStudentAGraduateWhoseFirstPositionMayThenBeRecorded() {
        placement.admissions(CAMILLE, enrolled(CAMILLE, "M2-ISD"));
        var tooEarly = placement.send(CAMILLE, firstPosition(Sector.CONSULTING, 2));
        assertThat(tooEarly.rejection().rule()).isEqualTo("outcome-requires-degree");

        placement.curriculum(CAMILLE, degreeAwarded(CAMILLE, "M2-ISD"));
        var recorded = placement.send(CAMILLE, firstPosition(Sector.CONSULTING, 2));

        assertThat(recorded.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(placement.events(GraduateOutcomeRecorded.class))
                .singleElement()
                .satisfies(outcome -> {
                    assertThat(outcome.getSector()).hasToString("CONSULTING");
                    assertThat(outcome.getMonthsAfterGraduation()).isEqualTo(2);
                    assertThat(outcome.getCompetitionPassed()).isNull();
                });
    }

    @Test
    void aSignedWorkStudyContractIsPublishedForBillingKeyedByTheStudent() {
        placement.admissions(CAMILLE, enrolled(CAMILLE, "M2-ISD"));

        var signed =
                placement.send("cmd-contract", CAMILLE, workStudy("2026-10-01", "2027-09-30"), PlacementDriver.START);

        assertThat(signed.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(placement.events(WorkStudyContractSigned.class))
                .singleElement()
                .satisfies(contract -> {
                    assertThat(contract.getStudentId()).isEqualTo(CAMILLE);
                    assertThat(contract.getContractId()).isEqualTo(PlacementIds.contract("cmd-contract"));
                    assertThat(contract.getEmployer()).isEqualTo("Thales");
                    assertThat(contract.getStartOn()).isEqualTo(LocalDate.parse("2026-10-01"));
                });
    }

    @Test
    void validatedMonthsAddUpAndTheRequirementIsMetOnceThroughTheTopology() {
        placement.admissions(CAMILLE, enrolled(CAMILLE, "M2-ISD"));
        var first = sign("agr-cmd-1", "2027-02-01", "2027-05-31");
        validate(first, "14", "2027-06-01");
        assertThat(placement.events(ExperienceRequirementMet.class)).isEmpty();

        var second = sign("agr-cmd-2", "2027-06-01", "2027-09-30");
        validate(second, "15", "2027-10-01");
        var contract = PlacementIds.contract("ctr-cmd");
        placement.send("ctr-cmd", CAMILLE, workStudy("2027-10-01", "2027-12-31"), PlacementDriver.START);
        validate(contract, "16", "2028-01-03");

        assertThat(placement.events(InternshipValidated.class))
                .extracting(validated -> validated.getValidatedMonths().toPlainString())
                .containsExactly("4.00", "4.00", "3.00");
        assertThat(placement.events(ExperienceRequirementMet.class))
                .singleElement()
                .satisfies(met -> {
                    assertThat(met.getTotalValidatedMonths()).isEqualByComparingTo("8.00");
                    assertThat(met.getRequiredMonths()).isEqualByComparingTo("6.00");
                });
    }

    @Test
    void anEarlyEndIsPublishedWithItsKindAndValidationCountsOnlyTheTimeDone() {
        placement.admissions(CAMILLE, enrolled(CAMILLE, "M2-ISD"));
        var agreement = sign("agr-cmd-1", "2027-02-01", "2027-05-31");

        var ended = placement.send(CAMILLE, earlyEnd(agreement, "2027-03-15"), on("2027-03-15"));
        assertThat(ended.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        validate(agreement, "12", "2027-03-16");

        assertThat(placement.events(PlacementEndedEarly.class))
                .singleElement()
                .satisfies(early -> assertThat(early.getKind()).isEqualTo(PlacementKind.INTERNSHIP));
        assertThat(placement.events(InternshipValidated.class))
                .singleElement()
                .satisfies(
                        validated -> assertThat(validated.getValidatedMonths()).isEqualByComparingTo("1.48"));
    }

    @Test
    void anInternshipOfLastYearIsRefusedAndPublishesNothing() {
        placement.admissions(CAMILLE, enrolled(CAMILLE, "M2-ISD"));

        var refused = placement.send(CAMILLE, internship("2026-02-02", "2026-06-30"));

        assertThat(refused.status()).isEqualTo(CommandOutcome.Status.REJECTED);
        assertThat(refused.rejection().rule()).isEqualTo("placement-before-academic-year");
        assertThat(placement.events(InternshipAgreementSigned.class)).isEmpty();
    }

    @Test
    void aValidationBeforeTheEndIsRefusedByTheClockOfTheCommand() {
        placement.admissions(CAMILLE, enrolled(CAMILLE, "M2-ISD"));
        var agreement = sign("agr-cmd-1", "2027-02-01", "2027-05-31");

        var refused = placement.send(CAMILLE, validation(agreement, "14"), on("2027-05-31"));

        assertThat(refused.status()).isEqualTo(CommandOutcome.Status.REJECTED);
        assertThat(refused.rejection().rule()).isEqualTo("validation-before-end");
        assertThat(placement.events(InternshipValidated.class)).isEmpty();
    }

    @Test
    void anUnreadableCommandOrEventGoesToItsDeadLetterTopicAndTheNextIsStillApplied() {
        // TopologyTestDriver drops what a deserialization handler returns under exactly-once; the kit proves the
        // exactly-once path on a real broker, this test the routing.
        var properties = new Properties();
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        try (var atLeastOnce = new PlacementDriver(Programmes.catalog(), properties)) {
            atLeastOnce.unreadableAdmissionsEvent(CAMILLE);
            atLeastOnce.sendUnreadableCommand(CAMILLE);
            atLeastOnce.admissions(CAMILLE, enrolled(CAMILLE, "M2-ISD"));

            assertThat(atLeastOnce.deadLetters(
                            atLeastOnce.topics().admissionsEvents().name()))
                    .singleElement()
                    .satisfies(dead -> assertThat(new String(
                                    dead.headers()
                                            .lastHeader("dlt.source.topic")
                                            .value(),
                                    StandardCharsets.UTF_8))
                            .isEqualTo("admissions.events"));
            assertThat(atLeastOnce.deadLetters(
                            atLeastOnce.topics().placementCommands().name()))
                    .hasSize(1);
            assertThat(atLeastOnce.events(PlacementRecordOpened.class)).hasSize(1);
        }
    }

    private String sign(String commandId, String startOn, String endOn) {
        var signed = placement.send(commandId, CAMILLE, internship(startOn, endOn), PlacementDriver.START);
        assertThat(signed.status()).as("signing: %s", signed).isEqualTo(CommandOutcome.Status.ACCEPTED);
        var agreementId = PlacementIds.agreement(commandId);
        assertThat(placement.events(InternshipAgreementSigned.class))
                .extracting(InternshipAgreementSigned::getAgreementId)
                .contains(agreementId);
        return agreementId;
    }

    private void validate(String placementId, String mark, String day) {
        var validated = placement.send(CAMILLE, validation(placementId, mark), on(day));
        assertThat(validated.status()).as("validating: %s", validated).isEqualTo(CommandOutcome.Status.ACCEPTED);
    }
}
