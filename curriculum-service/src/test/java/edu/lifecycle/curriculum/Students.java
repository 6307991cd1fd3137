package edu.lifecycle.curriculum;

import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.curriculum.transcript.ExamSession;
import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.servicekit.command.CommandOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A student's year through the curriculum topology, step by step in the words of the domain. */
public final class Students {

    public static final List<String> JURY = List.of("Prof. Dubois", "Dr Roy");

    private final CurriculumDriver curriculum;

    public Students(CurriculumDriver curriculum) {
        this.curriculum = curriculum;
    }

    public void enroll(String student) {
        curriculum.admissions(Events.studentEnrolled(student));
    }

    public CommandOutcome grade(String student, String course, String mark, ExamSession session) {
        return curriculum.send(meta -> new TranscriptCommand.RecordGrade(
                meta.commandId(), student, meta.issuedAt(), course, new BigDecimal(mark), session));
    }

    public void passEveryCourse(String student, String mark) {
        for (String course : Programmes.allCourses()) {
            grade(student, course, mark, ExamSession.FIRST);
        }
    }

    public void submitDissertation(String student) {
        curriculum.send(meta -> new TranscriptCommand.SubmitDissertation(
                meta.commandId(), student, meta.issuedAt(), "Private military companies in the Sahel", "Prof. Dubois"));
    }

    public CommandOutcome scheduleDefense(String student, Instant at, String room) {
        return curriculum.send(meta ->
                new TranscriptCommand.ScheduleDefense(meta.commandId(), student, meta.issuedAt(), at, room, JURY));
    }

    public CommandOutcome rescheduleDefense(String student, Instant at, String room) {
        return curriculum.send(meta ->
                new TranscriptCommand.RescheduleDefense(meta.commandId(), student, meta.issuedAt(), at, room, JURY));
    }

    /** The jury's mark, handed in after the defense was held. */
    public CommandOutcome defend(String student, String mark) {
        return curriculum.sendAt(
                CurriculumDriver.AFTER_DEFENSES,
                meta -> new TranscriptCommand.RecordDefenseResult(
                        meta.commandId(), student, meta.issuedAt(), new BigDecimal(mark)));
    }

    /** Courses and dissertation at {@code mark}, experience met and tuition settled: the degree follows. */
    public void graduate(String student, String mark) {
        enroll(student);
        passEveryCourse(student, mark);
        submitDissertation(student);
        scheduleDefense(student, CurriculumDriver.START.plusSeconds(86_400), "Amphi A");
        defend(student, mark);
        curriculum.placement(Events.experienceRequirementMet(student));
        curriculum.billing(Events.tuitionSettled(student));
    }
}
