package edu.lifecycle.admissions.cohort.stream;

import static edu.lifecycle.admissions.Events.ISD;
import static edu.lifecycle.admissions.Events.ISI;
import static edu.lifecycle.admissions.Events.YEAR;
import static edu.lifecycle.admissions.Events.accountOpened;
import static edu.lifecycle.admissions.Events.admitted;
import static edu.lifecycle.admissions.Events.admittedApplicant;
import static edu.lifecycle.admissions.Events.assessedEligible;
import static edu.lifecycle.admissions.Events.assessedIneligible;
import static edu.lifecycle.admissions.Events.courseGraded;
import static edu.lifecycle.admissions.Events.degreeAwarded;
import static edu.lifecycle.admissions.Events.dissertationDefended;
import static edu.lifecycle.admissions.Events.enrolled;
import static edu.lifecycle.admissions.Events.enrolledStudent;
import static edu.lifecycle.admissions.Events.experienceMet;
import static edu.lifecycle.admissions.Events.graded;
import static edu.lifecycle.admissions.Events.overriddenToEligible;
import static edu.lifecycle.admissions.Events.paidDeposit;
import static edu.lifecycle.admissions.Events.paidTowardsDeposit;
import static edu.lifecycle.admissions.Events.promoted;
import static edu.lifecycle.admissions.Events.rejected;
import static edu.lifecycle.admissions.Events.submitted;
import static edu.lifecycle.admissions.Events.tuitionSettled;
import static edu.lifecycle.admissions.Events.waitlisted;
import static edu.lifecycle.admissions.Events.withdrew;
import static edu.lifecycle.admissions.Events.workStudySigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import edu.lifecycle.admissions.Events;
import edu.lifecycle.admissions.ReadModelsDriver;
import edu.lifecycle.admissions.application.ExamResult;
import edu.lifecycle.admissions.cohort.ApplicationStage;
import edu.lifecycle.admissions.cohort.ApplicationsPage;
import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.cohort.CohortRow;
import edu.lifecycle.admissions.cohort.CohortStudent;
import edu.lifecycle.admissions.cohort.FunnelCounts;
import edu.lifecycle.admissions.cohort.PipelineEntry;
import edu.lifecycle.admissions.cohort.RosterEntry;
import edu.lifecycle.admissions.cohort.RosterPage;
import edu.lifecycle.admissions.timeline.stream.TimelineTopology;
import edu.lifecycle.events.billing.CashPlanChosen;
import edu.lifecycle.events.billing.PayerType;
import edu.lifecycle.events.billing.PaymentAllocation;
import edu.lifecycle.events.billing.PaymentMethod;
import edu.lifecycle.events.billing.PaymentReceived;
import edu.lifecycle.events.curriculum.Mention;
import edu.lifecycle.servicekit.query.PageRequest;
import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CohortTopologyTest {

    private static final Cohort ISD_2026 = new Cohort(ISD, YEAR);
    private static final PageRequest FIRST_PAGE = new PageRequest(0, 50);

    private final ReadModelsDriver driver = new ReadModelsDriver();

    @AfterEach
    void close() {
        driver.close();
    }

    @Nested
    class Pipeline {

        @Test
        void followsAnApplicationThroughEachStatusItsEventsSet() {
            var submission = submitted("stu-1", ISD, YEAR);
            driver.publish(submission);
            assertThat(statusOf("stu-1")).contains(ApplicationStage.SUBMITTED);

            driver.publish(assessedEligible("stu-1"));
            assertThat(statusOf("stu-1")).contains(ApplicationStage.ELIGIBLE);

            var grading = graded("stu-1", "14.50", "15.00");
            driver.publish(grading);
            PipelineEntry graded = only(applications(ApplicationStage.GRADED).items());
            assertThat(graded.exam())
                    .as("both marks and their average, each out of 20: what a person reading the pipeline needs")
                    .isEqualTo(new ExamResult(
                            new BigDecimal("14.50"), new BigDecimal("15.00"), new BigDecimal("14.75"), 20));
            assertThat(graded.lastChangedAt()).isEqualTo(grading.getOccurredAt());

            driver.publish(admitted("stu-1"));
            assertThat(statusOf("stu-1")).contains(ApplicationStage.ADMITTED);

            driver.publish(enrolled("stu-1", ISD, YEAR));
            assertThat(statusOf("stu-1")).contains(ApplicationStage.ENROLLED);

            driver.publish(withdrew("stu-1"));
            assertThat(statusOf("stu-1")).contains(ApplicationStage.WITHDRAWN);
            assertThat(applications(null).items())
                    .as("one entry per application, in its latest status")
                    .singleElement()
                    .extracting(entry -> entry.exam().averageMark())
                    .isEqualTo(new BigDecimal("14.75"));
        }

        @Test
        void anApplicationStoredAsJsonByTheReleaseBeforeMovesOnAfterTheUpgrade() {
            driver.publish(submitted("stu-1", ISD, YEAR), assessedEligible("stu-1"), graded("stu-1", "11.00", "12.00"));
            driver.rewriteAsJson(CohortStores.STUDENTS, CohortStudent.class);
            driver.rewriteAsJson(CohortStores.ROWS, CohortRow.class);
            driver.rewriteAsJson(CohortStores.PIPELINE, PipelineEntry.class);
            driver.rewriteAsJson(CohortStores.FUNNELS, FunnelCounts.class);

            driver.publish(admitted("stu-1"));

            assertThat(statusOf("stu-1")).contains(ApplicationStage.ADMITTED);
            assertThat(applications(ApplicationStage.GRADED).items()).isEmpty();
            assertThat(only(applications(ApplicationStage.ADMITTED).items())
                            .exam()
                            .averageMark())
                    .isEqualTo(new BigDecimal("11.50"));
        }

        @Test
        void anIneligibleApplicantOverriddenByAnOfficerBecomesEligible() {
            driver.publish(submitted("stu-1", ISD, YEAR), assessedIneligible("stu-1"));
            assertThat(statusOf("stu-1")).contains(ApplicationStage.INELIGIBLE);

            driver.publish(overriddenToEligible("stu-1"));

            assertThat(statusOf("stu-1")).contains(ApplicationStage.ELIGIBLE);
        }

        @Test
        void aWaitlistedApplicantPromotedIsAdmitted() {
            driver.publish(submitted("stu-1", ISD, YEAR), assessedEligible("stu-1"), graded("stu-1", "11.00", "12.00"));
            driver.publish(waitlisted("stu-1"));
            assertThat(statusOf("stu-1")).contains(ApplicationStage.WAITLISTED);

            driver.publish(promoted("stu-1", ISD, YEAR));

            assertThat(applications(ApplicationStage.WAITLISTED).items()).isEmpty();
            assertThat(applications(ApplicationStage.ADMITTED).items())
                    .extracting(PipelineEntry::studentId)
                    .containsExactly("stu-1");
        }

        @Test
        void listsOnlyTheAskedProgrammeYearAndStatus() {
            driver.publish(admittedApplicant("stu-1", ISD, YEAR));
            driver.publish(admittedApplicant("stu-2", ISI, YEAR));
            driver.publish(admittedApplicant("stu-3", ISD, "2027-2028"));
            driver.publish(submitted("stu-4", ISD, YEAR), assessedIneligible("stu-4"));

            assertThat(applications(ApplicationStage.ADMITTED).items())
                    .extracting(PipelineEntry::studentId)
                    .containsExactly("stu-1");
            assertThat(applications(null).items())
                    .as("every status, by status then student")
                    .extracting(PipelineEntry::studentId, PipelineEntry::status)
                    .containsExactly(
                            tuple("stu-1", ApplicationStage.ADMITTED), tuple("stu-4", ApplicationStage.INELIGIBLE));
        }

        @Test
        void pagesThroughAStatusInStudentOrder() {
            for (String student : new String[] {"stu-5", "stu-3", "stu-1", "stu-4", "stu-2"}) {
                driver.publish(submitted(student, ISD, YEAR));
            }

            ApplicationsPage first = page(0, 2);
            ApplicationsPage last = page(2, 2);

            assertThat(first.items()).extracting(PipelineEntry::studentId).containsExactly("stu-1", "stu-2");
            assertThat(first.hasNext()).isTrue();
            assertThat(page(1, 2).items()).extracting(PipelineEntry::studentId).containsExactly("stu-3", "stu-4");
            assertThat(last.items()).extracting(PipelineEntry::studentId).containsExactly("stu-5");
            assertThat(last.hasNext()).isFalse();
            assertThat(page(3, 2).items()).isEmpty();
        }

        @Test
        void aRedeliveredOlderEventDoesNotMoveTheApplicationBack() {
            var assessment = assessedEligible("stu-1");
            driver.publish(submitted("stu-1", ISD, YEAR), assessment, graded("stu-1", "15.00", "15.00"));
            driver.publish(admitted("stu-1"));

            driver.publish(assessment);

            assertThat(statusOf("stu-1")).contains(ApplicationStage.ADMITTED);
        }

        private ApplicationsPage page(int page, int size) {
            return PipelineQuery.page(
                    driver.store(CohortStores.PIPELINE),
                    ISD_2026,
                    ApplicationStage.SUBMITTED,
                    new PageRequest(page, size));
        }
    }

    @Nested
    class Funnel {

        @Test
        void countsEachStudentOnceInEveryStageTheyReached() {
            // stu-1: straight through to enrollment
            driver.publish(enrolledStudent("stu-1", ISD, YEAR));
            // stu-2: waitlisted, promoted, enrolled, then withdrew
            driver.publish(submitted("stu-2", ISD, YEAR), assessedEligible("stu-2"), graded("stu-2", "10.00", "11.00"));
            driver.publish(waitlisted("stu-2"), promoted("stu-2", ISD, YEAR), enrolled("stu-2", ISD, YEAR));
            driver.publish(withdrew("stu-2"));
            // stu-3: ineligible, and stays so
            driver.publish(submitted("stu-3", ISD, YEAR), assessedIneligible("stu-3"));
            // stu-4: ineligible, overridden, graded, rejected
            driver.publish(submitted("stu-4", ISD, YEAR), assessedIneligible("stu-4"), overriddenToEligible("stu-4"));
            driver.publish(graded("stu-4", "06.00", "08.00"), rejected("stu-4"));
            // another programme's applicant counts elsewhere
            driver.publish(enrolledStudent("stu-9", ISI, YEAR));

            assertThat(funnel(ISD_2026)).isEqualTo(new FunnelCounts(ISD, YEAR, 4, 3, 2, 3, 2, 1, 1, 2, 1));
            assertThat(funnel(new Cohort(ISI, YEAR))).isEqualTo(new FunnelCounts(ISI, YEAR, 1, 1, 0, 1, 1, 0, 0, 1, 0));
        }

        @Test
        void aRedeliveredEventIsCountedOnce() {
            var submission = submitted("stu-1", ISD, YEAR);
            var enrollment = enrolled("stu-1", ISD, YEAR);
            driver.publish(submission, assessedEligible("stu-1"), graded("stu-1", "14.00", "14.00"));
            driver.publish(admitted("stu-1"), enrollment);

            driver.publish(submission, enrollment, submission);

            assertThat(funnel(ISD_2026)).isEqualTo(new FunnelCounts(ISD, YEAR, 1, 1, 0, 1, 1, 0, 0, 1, 0));
        }

        @Test
        void aProgrammeYearNobodyAppliedToCountsNobody() {
            assertThat(funnel(new Cohort(ISD, "2030-2031")))
                    .isEqualTo(FunnelCounts.empty(new Cohort(ISD, "2030-2031")));
        }

        private FunnelCounts funnel(Cohort cohort) {
            return FunnelQuery.of(driver.store(CohortStores.FUNNELS), cohort);
        }
    }

    @Nested
    class Roster {

        @Test
        void showsEachEnrolledStudentWithFlagsFromTheOtherServices() {
            driver.publish(enrolledStudent("stu-1", ISD, YEAR));
            driver.publish(accountOpened("stu-1"), paidDeposit("stu-1"), workStudySigned("stu-1"));
            driver.publish(courseGraded("stu-1", "ISD-LOAC", "13.00"), experienceMet("stu-1"));
            driver.publish(dissertationDefended("stu-1", "15.50"), tuitionSettled("stu-1"));
            driver.publish(degreeAwarded("stu-1", Mention.BIEN));
            driver.publish(admittedApplicant("stu-2", ISD, YEAR));

            RosterEntry entry = only(roster());

            assertThat(entry)
                    .isEqualTo(new RosterEntry(
                            "stu-1",
                            ISD,
                            YEAR,
                            "PROFESSIONAL",
                            "INITIAL",
                            LocalDate.parse("2026-09-01"),
                            true,
                            true,
                            true,
                            true,
                            true,
                            true,
                            "BIEN",
                            false));
            assertThat(rosterEntryOf("stu-1")).contains(entry);
        }

        @Test
        void keepsWhatOtherServicesSaidBeforeTheStudentsAdmissionsEventsWereRead() {
            // billing, curriculum and placement are ahead of admissions.events for this student
            driver.publish(accountOpened("stu-1"), paidDeposit("stu-1"), workStudySigned("stu-1"));
            driver.publish(experienceMet("stu-1"), dissertationDefended("stu-1", "12.00"));
            assertThat(roster()).isEmpty();
            assertThat(rosterEntryOf("stu-1")).isEmpty();

            driver.publish(enrolledStudent("stu-1", ISD, YEAR));

            RosterEntry entry = only(roster());
            assertThat(entry.depositPaid()).isTrue();
            assertThat(entry.workStudy()).isTrue();
            assertThat(entry.experienceRequirementMet()).isTrue();
            assertThat(entry.dissertationDefended()).isTrue();
            assertThat(entry.tuitionSettled()).isFalse();
            assertThat(entry.degreeAwarded()).isFalse();
            assertThat(rosterEntryOf("stu-1")).contains(entry);
        }

        @Test
        void aStudentWhoPaidEverythingByCashPlanHasPaidTheDeposit() {
            driver.publish(enrolledStudent("stu-1", ISD, YEAR));
            var replaced = List.of(Events.DEPOSIT_LINE, "L2", "L3", "L4", "L5", "L6", "L7");
            driver.publish(
                    accountOpened("stu-1"),
                    new CashPlanChosen(
                            "cash-plan-1",
                            Instant.parse("2026-09-02T10:00:00Z"),
                            "stu-1",
                            "cash",
                            replaced,
                            new BigDecimal("487.50"),
                            new BigDecimal("9262.50"),
                            LocalDate.parse("2026-09-02")));
            assertThat(only(roster()).depositPaid()).isFalse();

            driver.publish(paymentTo("stu-1", "cash", "9262.50"));

            assertThat(only(roster()).depositPaid()).isTrue();
        }

        @Test
        void aCashPlanChosenAfterTheDepositWasPaidKeepsItPaid() {
            driver.publish(enrolledStudent("stu-1", ISD, YEAR));
            driver.publish(accountOpened("stu-1"), paidDeposit("stu-1"));

            driver.publish(new CashPlanChosen(
                    "cash-plan-1",
                    Instant.parse("2026-09-02T10:00:00Z"),
                    "stu-1",
                    "cash",
                    List.of("L2", "L3", "L4", "L5", "L6", "L7"),
                    new BigDecimal("487.50"),
                    new BigDecimal("7762.50"),
                    LocalDate.parse("2026-09-02")));

            assertThat(only(roster()).depositPaid()).isTrue();
        }

        @Test
        void theDepositIsPaidOnceItsLineIsCoveredAndARedeliveredPaymentCountsOnce() {
            driver.publish(enrolledStudent("stu-1", ISD, YEAR));
            var firstPart = paidTowardsDeposit("stu-1", "500.00");
            driver.publish(accountOpened("stu-1"), firstPart, firstPart, firstPart);
            assertThat(only(roster()).depositPaid()).isFalse();

            driver.publish(paidTowardsDeposit("stu-1", "1000.00"));

            assertThat(only(roster()).depositPaid()).isTrue();
        }

        @Test
        void aFailedDefenseLeavesTheDissertationUndefended() {
            driver.publish(enrolledStudent("stu-1", ISD, YEAR));

            driver.publish(dissertationDefended("stu-1", "08.00"));

            assertThat(only(roster()).dissertationDefended()).isFalse();
        }

        @Test
        void aStudentWhoWithdrewStaysOnTheRosterMarkedWithdrawn() {
            driver.publish(enrolledStudent("stu-1", ISD, YEAR));
            driver.publish(enrolledStudent("stu-2", ISD, YEAR));

            driver.publish(withdrew("stu-2"));

            assertThat(roster())
                    .extracting(RosterEntry::studentId, RosterEntry::withdrawn)
                    .containsExactly(tuple("stu-1", false), tuple("stu-2", true));
        }

        @Test
        void aStudentWhoNeverEnrolledHasNoRosterEntry() {
            driver.publish(admittedApplicant("stu-1", ISD, YEAR));

            assertThat(roster()).isEmpty();
            assertThat(rosterEntryOf("stu-1")).isEmpty();
            assertThat(rosterEntryOf("nobody")).isEmpty();
        }

        @Test
        void pagesThroughTheRoster() {
            for (String student : new String[] {"stu-3", "stu-1", "stu-2"}) {
                driver.publish(enrolledStudent(student, ISD, YEAR));
            }

            RosterPage first = RosterQuery.page(driver.store(CohortStores.ROSTERS), ISD_2026, new PageRequest(0, 2));
            RosterPage second = RosterQuery.page(driver.store(CohortStores.ROSTERS), ISD_2026, new PageRequest(1, 2));

            assertThat(first.items()).extracting(RosterEntry::studentId).containsExactly("stu-1", "stu-2");
            assertThat(first.hasNext()).isTrue();
            assertThat(second.items()).extracting(RosterEntry::studentId).containsExactly("stu-3");
            assertThat(second.hasNext()).isFalse();
        }
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAndTheProjectionGoesOn() {
        try (var driver = ReadModelsDriver.atLeastOnce()) {
            driver.publish(enrolledStudent("stu-1", ISD, YEAR));
            byte[] poison = "not an avro event".getBytes(StandardCharsets.UTF_8);

            driver.publishRaw(driver.topics().billingEvents(), "stu-1", poison);
            driver.publish(tuitionSettled("stu-1"));

            RosterEntry entry = only(RosterQuery.page(driver.store(CohortStores.ROSTERS), ISD_2026, FIRST_PAGE)
                    .items());
            assertThat(entry.tuitionSettled()).isTrue();
            TestRecord<byte[], byte[]> deadLetter =
                    driver.deadLettersOf(driver.topics().billingEvents()).get(0);
            assertThat(deadLetter.value()).isEqualTo(poison);
            assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("stu-1");
            assertThat(header(deadLetter, DeadLetters.SOURCE_TOPIC))
                    .isEqualTo(driver.topics().billingEvents().name());
        }
    }

    @Test
    void sharesItsSourcesWithAnotherFeatureReadingOneOfTheSameTopics() {
        var topics = driver.topics();
        TopologyDefinition anotherFeature = builder -> builder.stream(
                        topics.events().name(), topics.events().consumed().withName("another-feature-events"))
                .foreach((studentId, event) -> {});
        var readModels = List.of(new CohortTopology(topics), new TimelineTopology(topics));

        for (var definitions : List.of(
                Stream.concat(Stream.of(anotherFeature), readModels.stream()).toList(),
                Stream.concat(readModels.stream(), Stream.of(anotherFeature)).toList())) {
            assertThatCode(() -> ServiceTopology.build(definitions, topics.commandTopics()))
                    .as("Streams refuses two sources over overlapping but different topic sets")
                    .doesNotThrowAnyException();
        }
    }

    private Optional<ApplicationStage> statusOf(String studentId) {
        return applications(null).items().stream()
                .filter(entry -> entry.studentId().equals(studentId))
                .map(PipelineEntry::status)
                .findFirst();
    }

    private ApplicationsPage applications(ApplicationStage status) {
        return PipelineQuery.page(driver.store(CohortStores.PIPELINE), ISD_2026, status, FIRST_PAGE);
    }

    private List<RosterEntry> roster() {
        return RosterQuery.page(driver.store(CohortStores.ROSTERS), ISD_2026, FIRST_PAGE)
                .items();
    }

    private Optional<RosterEntry> rosterEntryOf(String studentId) {
        return RosterQuery.entry(driver.store(CohortStores.STUDENTS), studentId);
    }

    private static <T> T only(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static PaymentReceived paymentTo(String studentId, String lineId, String amount) {
        return new PaymentReceived(
                "payment-" + lineId,
                Instant.parse("2026-09-03T10:00:00Z"),
                studentId,
                "PAY-" + lineId,
                new BigDecimal(amount),
                PaymentMethod.CARD,
                PayerType.STUDENT,
                Instant.parse("2026-09-03T09:58:00Z"),
                List.of(new PaymentAllocation(lineId, new BigDecimal(amount))),
                new BigDecimal("0.00"));
    }
}
