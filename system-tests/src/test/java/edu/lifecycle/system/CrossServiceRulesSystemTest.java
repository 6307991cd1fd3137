package edu.lifecycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.demo.Api;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The rules that span services, through the REST APIs only: no degree while tuition is unpaid or experience is
 * short, then the degree the moment the last condition arrives, whichever it is; a work-study contract switches the
 * payer and reimburses the student; a withdrawal cancels instalments, closes the transcript and promotes the best
 * waitlisted applicant. One played year: time only moves forward, so the scenarios share its calendar.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossServiceRulesSystemTest {

    private static final String LATE_PAYER = "stu-late";
    private static final String SHORT_EXPERIENCE = "stu-short";
    private static final String SWITCHER = "stu-switch";
    private static final String LEAVER = "stu-leaver";
    private static final String STAYER = "stu-stayer";
    private static final String WAITLISTED = "stu-waiting";

    private PlayedSystem system;
    private Students students;
    private Api api;

    @BeforeAll
    void start(StackEndpoints stack) {
        // Two seats in M2-ISD, so the third admission is waitlisted; M2-ISI has no limit.
        system = PlayedSystem.start(
                stack,
                PlayedSystem.at(LocalDate.of(2026, 6, 1)),
                List.of(
                        "--lifecycle.admissions.programmes[0].id=M2-ISD",
                        "--lifecycle.admissions.programmes[0].title=International Security and Defense",
                        "--lifecycle.admissions.programmes[0].minimum-ects=240",
                        "--lifecycle.admissions.programmes[0].streams=RESEARCH,PROFESSIONAL",
                        "--lifecycle.admissions.programmes[0].schemes=INITIAL,APPRENTICESHIP",
                        "--lifecycle.admissions.programmes[0].capacities[2026-2027]=2",
                        "--lifecycle.admissions.programmes[0].capacities[2027-2028]=2",
                        "--lifecycle.admissions.programmes[1].id=M2-ISI",
                        "--lifecycle.admissions.programmes[1].title=International Strategic Intelligence",
                        "--lifecycle.admissions.programmes[1].minimum-ects=240",
                        "--lifecycle.admissions.programmes[1].streams=RESEARCH,PROFESSIONAL",
                        "--lifecycle.admissions.programmes[1].schemes=INITIAL,APPRENTICESHIP",
                        "--lifecycle.admissions.programmes[1].capacities[2026-2027]=unlimited",
                        "--lifecycle.admissions.programmes[1].capacities[2027-2028]=unlimited"));
        students = new Students(system);
        api = system.api;
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theYearPlaysOutAcrossTheServices() {
        for (var student : List.of(LATE_PAYER, SHORT_EXPERIENCE, SWITCHER)) {
            assertThat(students.applyAndAskAdmission(student, "M2-ISI", "INITIAL"))
                    .isEqualTo("ADMITTED");
        }
        assertThat(students.applyAndAskAdmission(LEAVER, "M2-ISD", "INITIAL")).isEqualTo("ADMITTED");
        assertThat(students.applyAndAskAdmission(STAYER, "M2-ISD", "INITIAL")).isEqualTo("ADMITTED");
        assertThat(students.applyAndAskAdmission(WAITLISTED, "M2-ISD", "INITIAL"))
                .isEqualTo("WAITLISTED");

        system.moveTo(LocalDate.of(2026, 9, 1));
        for (var student : List.of(LATE_PAYER, SHORT_EXPERIENCE, SWITCHER, LEAVER, STAYER)) {
            students.enroll(student, "INITIAL");
        }
        system.moveTo(LocalDate.of(2026, 9, 2));
        for (var student : List.of(SHORT_EXPERIENCE, SWITCHER, LEAVER)) {
            students.payDue(student, LocalDate.of(2026, 9, 2));
        }
        system.moveTo(LocalDate.of(2026, 10, 15));
        for (var student : List.of(SHORT_EXPERIENCE, SWITCHER)) {
            students.payDue(student, LocalDate.of(2026, 10, 15));
        }

        aWithdrawalCancelsInstalmentsClosesTheTranscriptAndPromotesTheBestWaitlisted();
        aWorkStudyContractSwitchesThePayerAndReimbursesTheStudent();

        for (var due : List.of("2026-11-15", "2026-12-15", "2027-01-15", "2027-02-15", "2027-03-15")) {
            system.moveTo(LocalDate.parse(due));
            students.payDue(SHORT_EXPERIENCE, LocalDate.parse(due));
            students.payDue(SWITCHER, LocalDate.parse(due));
        }
        system.moveTo(LocalDate.of(2027, 3, 16));
        students.signInternship(LATE_PAYER, LocalDate.of(2027, 3, 20), LocalDate.of(2027, 9, 19));
        students.signInternship(SHORT_EXPERIENCE, LocalDate.of(2027, 3, 20), LocalDate.of(2027, 7, 19));
        system.moveTo(LocalDate.of(2027, 4, 20));
        for (var student : List.of(LATE_PAYER, SHORT_EXPERIENCE, SWITCHER)) {
            students.passEveryCourse(student);
            students.submitDissertation(student);
        }
        system.moveTo(LocalDate.of(2027, 6, 1));
        for (var student : List.of(LATE_PAYER, SHORT_EXPERIENCE, SWITCHER)) {
            students.scheduleDefense(student, LocalDate.of(2027, 6, 20));
        }
        system.moveTo(LocalDate.of(2027, 6, 21));
        for (var student : List.of(LATE_PAYER, SHORT_EXPERIENCE, SWITCHER)) {
            students.passDefense(student);
        }

        noDegreeWhileExperienceIsShortThenTheMomentItIsMet();
        noDegreeWhileTuitionIsUnpaidThenTheMomentItIsSettled();
    }

    private void aWithdrawalCancelsInstalmentsClosesTheTranscriptAndPromotesTheBestWaitlisted() {
        api.command(students.application(LEAVER) + "/withdrawal", Map.of("reason", "Family reasons"));

        var account = api.await(
                students.account(LEAVER),
                reply -> reply.body().path("withdrawn").asBoolean());
        var statuses = new java.util.ArrayList<String>();
        for (JsonNode line : account.body().get("schedule")) {
            statuses.add(line.get("kind").asText() + ":" + line.get("status").asText());
        }
        assertThat(statuses).contains("DEPOSIT:PAID").contains("INSTALMENT:CANCELLED");
        api.await(students.transcript(LEAVER), reply -> "CLOSED".equals(reply.text("status")));
        api.await(students.application(WAITLISTED), reply -> "ADMITTED".equals(reply.text("status")));
        api.await(
                students.roster(LEAVER), reply -> reply.body().path("withdrawn").asBoolean());
    }

    private void aWorkStudyContractSwitchesThePayerAndReimbursesTheStudent() {
        system.moveTo(LocalDate.of(2026, 11, 1));
        students.signWorkStudy(SWITCHER, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 8, 31));

        var account = api.await(
                students.account(SWITCHER),
                reply -> "EMPLOYER".equals(reply.text("payer"))
                        && new BigDecimal(reply.body().path("employerInvoiced").asText("0")).signum() > 0);
        assertThat(new BigDecimal(account.body().get("reimbursed").asText())).isEqualByComparingTo("2875.00");
        var workStudy = api.await(
                system.urls.placement() + "/api/v1/programmes/M2-ISI/years/2026-2027/work-study",
                reply -> reply.body().path("contractsSigned").asInt() == 1);
        assertThat(workStudy.body().get("studentsUnderContract").asInt()).isEqualTo(1);
        api.await(
                students.roster(SWITCHER),
                reply -> reply.body().path("workStudy").asBoolean());
    }

    private void noDegreeWhileExperienceIsShortThenTheMomentItIsMet() {
        system.moveTo(LocalDate.of(2027, 7, 21));
        students.validateEveryPlacement(SHORT_EXPERIENCE);
        students.awaitChecklist(SHORT_EXPERIENCE, "tuition");
        students.awaitChecklist(SHORT_EXPERIENCE, "dissertation");
        var fourMonths = api.await(
                students.placements(SHORT_EXPERIENCE),
                reply -> reply.body().path("validatedMonths").decimalValue().signum() > 0);
        assertThat(fourMonths.body().get("requirementMetAt").isNull()).isTrue();
        assertThat(students.checklist(SHORT_EXPERIENCE)
                        .body()
                        .get("degreeMention")
                        .isNull())
                .isTrue();

        // A second placement brings the validated months to the requirement; the degree follows at once.
        students.signInternship(SHORT_EXPERIENCE, LocalDate.of(2027, 7, 22), LocalDate.of(2027, 11, 21));
        system.moveTo(LocalDate.of(2027, 11, 23));
        students.validateEveryPlacement(SHORT_EXPERIENCE);
        var degree = students.awaitDegree(SHORT_EXPERIENCE);
        assertThat(degree.body().get("experience").get("holds").asBoolean()).isTrue();
        // The switcher's work-study contract ended in August: validated, and with it the last condition.
        students.validateEveryPlacement(SWITCHER);
        students.awaitDegree(SWITCHER);
    }

    private void noDegreeWhileTuitionIsUnpaidThenTheMomentItIsSettled() {
        students.validateEveryPlacement(LATE_PAYER);
        students.awaitChecklist(LATE_PAYER, "experience");
        students.awaitChecklist(LATE_PAYER, "dissertation");
        assertThat(students.checklist(LATE_PAYER)
                        .body()
                        .get("tuition")
                        .get("holds")
                        .asBoolean())
                .isFalse();
        assertThat(students.checklist(LATE_PAYER).body().get("degreeMention").isNull())
                .isTrue();

        students.payDue(LATE_PAYER, LocalDate.of(2027, 11, 23));

        var degree = students.awaitDegree(LATE_PAYER);
        assertThat(degree.body().get("tuition").get("holds").asBoolean()).isTrue();
        api.await(
                students.roster(LATE_PAYER),
                reply -> reply.body().path("degreeAwarded").asBoolean());
    }
}
