package edu.lifecycle.demo;

import static edu.lifecycle.demo.Stage.at;
import static edu.lifecycle.demo.Stage.filter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The students' and employers' part of billing: cash plans, the deposit, instalments paid on time, late or never. */
final class TuitionSteps {

    /** The instalment due dates of M2-ISD in 2026-2027, as billing's reference data sets them. */
    static final List<LocalDate> INSTALMENTS_DUE = List.of(
            LocalDate.of(2026, 10, 15),
            LocalDate.of(2026, 11, 15),
            LocalDate.of(2026, 12, 15),
            LocalDate.of(2027, 1, 15),
            LocalDate.of(2027, 2, 15),
            LocalDate.of(2027, 3, 15));

    private final Stage stage;

    TuitionSteps(Stage stage) {
        this.stage = stage;
    }

    /** Cash plans chosen and the deposit paid the day after registration. */
    void payDeposits(List<StudentPlan> students) {
        stage.moveTo(at(LocalDate.of(2026, 9, 2)), "deposits and cash plans");
        stage.forEach(
                filter(students, StudentPlan::cashPlan),
                student -> stage.api.command(stage.account(student) + "/cash-plan", Map.of()));
        stage.forEach(students, student -> payDue(student, LocalDate.of(2026, 9, 2)));
    }

    /**
     * One instalment: those who pay on time pay on its day; past the grace period the late payers' lines become
     * overdue (billing decides it), and they pay a few days later.
     */
    void payInstalment(List<StudentPlan> students, LocalDate due) {
        stage.moveTo(at(due), "instalment due " + due);
        var onTime = filter(students, student -> !student.paysLate() && stage.roll.stillStudying(student));
        stage.forEach(onTime, student -> payDue(student, due));
        stage.moveTo(at(due.plusDays(16)), null);
        var late = filter(students, student -> student.paysLate() && stage.roll.stillStudying(student));
        stage.forEach(
                late,
                student -> stage.api.await(
                        stage.account(student),
                        reply -> hasNoUnpaidLineDueBefore(reply, due) || hasOverdueLine(reply)));
        stage.moveTo(at(due.plusDays(21)), null);
        stage.forEach(late, student -> payDue(student, due));
    }

    /** Pays every line of the account that has fallen due by {@code day} and is still owed, as its payer. */
    private void payDue(StudentPlan student, LocalDate day) {
        if (student.stopsPaying() && day.isAfter(LocalDate.of(2027, 1, 31))) {
            return;
        }
        var account = stage.api.get(stage.account(student)).body();
        if (account.path("withdrawn").asBoolean() || account.path("settled").asBoolean()) {
            return;
        }
        for (JsonNode line : account.get("schedule")) {
            var outstanding = new BigDecimal(line.path("outstanding").asText("0"));
            var dueOn = LocalDate.parse(line.get("dueOn").asText());
            if (outstanding.signum() > 0
                    && !dueOn.isAfter(day)
                    && !"CANCELLED".equals(line.path("status").asText())) {
                var payer = account.path("payer").asText("STUDENT");
                stage.api.command(
                        stage.account(student) + "/payments",
                        Map.of(
                                "reference",
                                paymentReference(
                                        student.studentId(), line.get("lineId").asText(), day),
                                "amount",
                                outstanding,
                                "method",
                                "EMPLOYER".equals(payer) ? "TRANSFER" : "CARD",
                                "payer",
                                payer,
                                "receivedAt",
                                stage.now().toString()));
            }
        }
    }

    /**
     * The reference of a payment of {@code lineId} made on {@code day}. The day is part of it: after a mid-year switch
     * to work-study billing reimburses the student and allocates the employer's money to the oldest lines, so a line
     * the student paid can be owed again, and paying it again under the first reference would be taken for the same
     * payment and record nothing. Within a day it stays the same, so a retried payment is still recorded once.
     */
    static String paymentReference(String studentId, String lineId, LocalDate day) {
        return "pay-" + studentId + "-" + lineId + "-" + day;
    }

    private static boolean hasOverdueLine(Api.Reply account) {
        for (JsonNode line : account.body().get("schedule")) {
            if ("OVERDUE".equals(line.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNoUnpaidLineDueBefore(Api.Reply account, LocalDate due) {
        if (account.body().path("withdrawn").asBoolean()
                || account.body().path("cashPlan").asBoolean()) {
            return true;
        }
        for (JsonNode line : account.body().get("schedule")) {
            var outstanding = new BigDecimal(line.path("outstanding").asText("0"));
            if (outstanding.signum() > 0
                    && !LocalDate.parse(line.get("dueOn").asText()).isAfter(due)) {
                return false;
            }
        }
        return true;
    }
}
