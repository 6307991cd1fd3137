package edu.lifecycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.demo.Api;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The edges a real year brings, played through the REST APIs in calendar order: a student registering in December
 * after two instalment dates, one withdrawing on the day they registered, one enrolling for the next academic year,
 * and an application for a year nobody opened. Nothing may be overdue before it fell due, owed beyond the rules, or
 * refused silently by another service.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdgesOfTheYearSystemTest {

    private static final String LATE = "stu-late";
    private static final String DAY_ONE = "stu-day-one";
    private static final String NEXT_YEAR = "stu-next-year";
    private static final LocalDate LATE_REGISTRATION = LocalDate.of(2026, 12, 2);

    private PlayedSystem system;
    private Students students;
    private Api api;

    private Api.Reply closedYearApplication;
    private JsonNode lateAtRegistration;
    private JsonNode lateAfterDeposit;
    private Api.Reply lateCashPlan;
    private JsonNode dayOneAfterWithdrawal;

    @BeforeAll
    void playTheEdgesInCalendarOrder(StackEndpoints stack) {
        system = PlayedSystem.start(stack, PlayedSystem.at(LocalDate.of(2026, 6, 1)), List.of());
        students = new Students(system);
        api = system.api;

        for (String student : List.of(LATE, DAY_ONE)) {
            assertThat(students.applyAndAskAdmission(student, "M2-ISD", "INITIAL"))
                    .isEqualTo("ADMITTED");
        }
        assertThat(students.applyAndAskAdmission(NEXT_YEAR, "M2-ISD", "2027-2028", "INITIAL"))
                .isEqualTo("ADMITTED");
        closedYearApplication = api.post(
                system.urls.admissions() + "/api/v1/applications",
                Students.application("stu-closed-year", "M2-ISD", "2028-2029", "INITIAL"));

        system.moveTo(LocalDate.of(2026, 9, 1));
        students.enroll(DAY_ONE, "INITIAL");
        api.command(students.application(DAY_ONE) + "/withdrawal", Map.of("reason", "Changed their mind"));
        dayOneAfterWithdrawal = api.await(
                        students.account(DAY_ONE),
                        reply -> reply.ok() && reply.body().path("withdrawn").asBoolean())
                .body();

        system.moveTo(LATE_REGISTRATION);
        students.enroll(LATE, "INITIAL");
        lateAtRegistration = api.get(students.account(LATE)).body();
        lateAfterDeposit = students.pay(LATE, "1500.00", "late-deposit").body();
        lateCashPlan = api.command(students.account(LATE) + "/cash-plan", Map.of());

        system.moveTo(LocalDate.of(2027, 6, 15));
        students.enroll(NEXT_YEAR, "INITIAL");
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aLateRegistrantOwesNothingOverdueAndNothingFallsDueBeforeTheyRegistered() {
        assertThat(lateAtRegistration.get("registeredOn").asText()).isEqualTo(LATE_REGISTRATION.toString());
        assertThat(lines(lateAtRegistration)).allSatisfy(line -> {
            assertThat(line.get("status").asText()).isNotEqualTo("OVERDUE");
            assertThat(LocalDate.parse(line.get("dueOn").asText())).isAfterOrEqualTo(LATE_REGISTRATION);
        });
    }

    @Test
    void aLateRegistrantsFirstPaymentSettlesTheDepositAndLeavesTheCashPlanOpen() {
        assertThat(lines(lateAfterDeposit))
                .filteredOn(line -> line.get("kind").asText().equals("DEPOSIT"))
                .singleElement()
                .satisfies(deposit -> assertThat(deposit.get("status").asText()).isEqualTo("PAID"));
        assertThat(lines(lateAfterDeposit))
                .filteredOn(line -> line.get("kind").asText().equals("INSTALMENT"))
                .allSatisfy(line -> assertThat(money(line.get("paid"))).isZero());

        assertThat(lateCashPlan.status())
                .as(String.valueOf(lateCashPlan.body()))
                .isEqualTo(200);
        assertThat(lateCashPlan.body().get("cashPlan").asBoolean()).isTrue();
        // 9,750.00 less 5 % is 9,262.50, less the 1,500.00 already paid
        assertThat(money(lateCashPlan.body().get("balance"))).isEqualByComparingTo("7762.50");
    }

    @Test
    void aWithdrawalOnTheDayOfRegistrationLeavesOnlyTheDepositOwed() {
        assertThat(money(dayOneAfterWithdrawal.get("balance"))).isEqualByComparingTo("1500.00");
        assertThat(lines(dayOneAfterWithdrawal))
                .filteredOn(line -> line.get("kind").asText().equals("INSTALMENT"))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.get("status").asText()).isEqualTo("CANCELLED"));
    }

    @Test
    void anEnrollmentForTheNextAcademicYearOpensARecordInEveryService() {
        var account = api.await(students.account(NEXT_YEAR), Api.Reply::ok).body();
        assertThat(account.get("academicYear").asText()).isEqualTo("2027-2028");
        assertThat(lines(account))
                .filteredOn(line -> line.get("kind").asText().equals("INSTALMENT"))
                .hasSize(6)
                .allSatisfy(line ->
                        assertThat(LocalDate.parse(line.get("dueOn").asText())).isAfter(LocalDate.of(2027, 9, 1)));
        assertThat(api.await(students.transcript(NEXT_YEAR), Api.Reply::ok).text("status"))
                .isEqualTo("OPEN");
        assertThat(api.await(students.placements(NEXT_YEAR), Api.Reply::ok).status())
                .isEqualTo(200);
    }

    @Test
    void anApplicationForAYearNobodyOpenedIsRefusedNamingTheRule() {
        assertThat(closedYearApplication.status()).isEqualTo(422);
        assertThat(closedYearApplication.text("rule")).isEqualTo("academic-year-not-open");
    }

    @Test
    void noServiceRefusedAnotherServicesEventSilentlyOrOtherwise() {
        for (String service : List.of(
                system.urls.admissions(), system.urls.billing(), system.urls.curriculum(), system.urls.placement())) {
            var rejections = api.get(service + "/api/v1/policy-rejections");
            assertThat(rejections.status()).isEqualTo(200);
            assertThat(rejections.body().get("items")).as(service).isEmpty();
        }
    }

    private static List<JsonNode> lines(JsonNode account) {
        var lines = new ArrayList<JsonNode>();
        account.get("schedule").forEach(lines::add);
        return lines;
    }

    private static BigDecimal money(JsonNode amount) {
        return new BigDecimal(amount.asText());
    }
}
