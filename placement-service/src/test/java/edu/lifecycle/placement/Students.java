package edu.lifecycle.placement;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.placement.Sector;
import edu.lifecycle.placement.placement.stream.PlacementIds;
import edu.lifecycle.servicekit.command.CommandOutcome;
import java.time.Instant;
import java.util.UUID;

/** Moves students of a driver through their year, asserting that each step is accepted. */
public final class Students {

    private final PlacementDriver placement;

    public Students(PlacementDriver placement) {
        this.placement = placement;
    }

    public void enroll(String studentId, String programme) {
        placement.admissions(studentId, Lifecycle.enrolled(studentId, programme));
    }

    /** Signs an internship agreement and returns its id. */
    public String signInternship(String studentId, String startOn, String endOn) {
        var commandId = UUID.randomUUID().toString();
        accepted(placement.send(commandId, studentId, Lifecycle.internship(startOn, endOn), PlacementDriver.START));
        return PlacementIds.agreement(commandId);
    }

    /** Signs a work-study contract and returns its id. */
    public String signWorkStudy(String studentId, String startOn, String endOn) {
        var commandId = UUID.randomUUID().toString();
        accepted(placement.send(commandId, studentId, Lifecycle.workStudy(startOn, endOn), PlacementDriver.START));
        return PlacementIds.contract(commandId);
    }

    public void endEarly(String studentId, String placementId, String endedOn) {
        accepted(placement.send(studentId, Lifecycle.earlyEnd(placementId, endedOn), Lifecycle.on(endedOn)));
    }

    public void validate(String studentId, String placementId, String mark, String day) {
        accepted(placement.send(studentId, Lifecycle.validation(placementId, mark), Lifecycle.on(day)));
    }

    public void withdraw(String studentId) {
        placement.admissions(studentId, Lifecycle.withdrawn(studentId));
    }

    public void graduate(String studentId, String programme) {
        placement.curriculum(studentId, Lifecycle.degreeAwarded(studentId, programme));
    }

    public void recordFirstPosition(String studentId, Sector sector, int monthsAfterGraduation) {
        accepted(placement.send(
                studentId,
                Lifecycle.firstPosition(sector, monthsAfterGraduation),
                Instant.parse("2028-03-01T09:00:00Z")));
    }

    private static void accepted(CommandOutcome outcome) {
        assertThat(outcome.status()).as("%s", outcome).isEqualTo(CommandOutcome.Status.ACCEPTED);
    }
}
