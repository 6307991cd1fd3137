package edu.lifecycle.curriculum.transcript;

import edu.lifecycle.curriculum.programme.Programmes;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A student's year as random transcript commands, for the property-based tests: mostly grades, the dissertation and
 * its defense, the facts other services report, now and then an enrollment that comes late or never, a withdrawal,
 * a course not in the programme, a result sent again. Weighted so that many cases reach the degree.
 */
public final class TranscriptCommandsAtRandom {

    private static final List<String> COURSES = Programmes.allCourses();

    private final SplittableRandom random;
    private int ids;

    public TranscriptCommandsAtRandom(SplittableRandom random) {
        this.random = random;
    }

    /** The next command, issued at {@code now}, for a student whose transcript is {@code state} so far. */
    public TranscriptCommand next(Optional<Transcript> state, Instant now) {
        var id = "c-" + ids++;
        var student = "stu-1";
        if (random.nextInt(300) == 0) {
            return new TranscriptCommand.CloseTranscript(id, student, now, "withdrawn");
        }
        int kind = random.nextInt(100);
        // Most enrollments come first; some arrive after other services' facts, or never.
        if (kind < 3 || (ids == 1 && random.nextInt(5) != 0)) {
            return new TranscriptCommand.OpenTranscript(
                    id, student, now, random.nextInt(10) == 0 ? "M2-XYZ" : Programmes.ISD, Programmes.YEAR);
        }
        if (kind < 55) {
            var course = random.nextInt(40) == 0 ? "XX-99" : course(state);
            var session = random.nextInt(4) == 0 ? ExamSession.RESIT : ExamSession.FIRST;
            return new TranscriptCommand.RecordGrade(id, student, now, course, mark(), session);
        }
        if (kind < 60) {
            return new TranscriptCommand.SubmitDissertation(id, student, now, "Title", "Prof. Dubois");
        }
        if (kind < 68) {
            return new TranscriptCommand.ScheduleDefense(id, student, now, defenseAt(now), "Amphi A", jury());
        }
        if (kind < 72) {
            return new TranscriptCommand.RescheduleDefense(id, student, now, defenseAt(now), "Room B-204", jury());
        }
        if (kind < 84) {
            return new TranscriptCommand.RecordDefenseResult(id, student, now, mark());
        }
        if (kind < 88) {
            return new TranscriptCommand.RecordExperienceMet(id, student, now, "placement-" + id, now);
        }
        if (kind < 91) {
            return new TranscriptCommand.RecordTuitionSettled(id, student, now, "billing-" + id, now);
        }
        // The rest: the same defense result sent again, whatever the state.
        return new TranscriptCommand.RecordDefenseResult(id, student, now, mark());
    }

    /** Mostly a course not passed yet, as a year's grading goes; sometimes any, to grade one twice. */
    private String course(Optional<Transcript> state) {
        var open = state.filter(transcript -> transcript.status() == TranscriptStatus.OPEN);
        if (open.isPresent() && random.nextInt(4) != 0) {
            var notPassed = COURSES.stream()
                    .filter(code -> {
                        var result = open.get().results().get(code);
                        return result == null || !result.passed();
                    })
                    .toList();
            if (!notPassed.isEmpty()) {
                return notPassed.get(random.nextInt(notPassed.size()));
            }
        }
        return COURSES.get(random.nextInt(COURSES.size()));
    }

    /** Mostly passing marks with two decimals, some fails, now and then exactly the pass mark. */
    private BigDecimal mark() {
        if (random.nextInt(10) == 0) {
            return new BigDecimal("10.00");
        }
        int hundredths = random.nextInt(5) == 0 ? random.nextInt(1_000) : 1_000 + random.nextInt(1_001);
        return BigDecimal.valueOf(hundredths, 2);
    }

    /** From a day ago to a month ahead: some in the past, most within the weeks the clock moves. */
    private Instant defenseAt(Instant now) {
        return now.plus(Duration.ofHours(random.nextInt(-24, 30 * 24)));
    }

    private List<String> jury() {
        var jury = new ArrayList<>(List.of("Prof. Dubois"));
        if (random.nextInt(8) != 0) {
            jury.add("Dr Roy");
        }
        return jury;
    }

    /** What a step log shows of a command beyond its type. */
    public static String describe(TranscriptCommand command) {
        if (command instanceof TranscriptCommand.RecordGrade grade) {
            return grade.courseCode() + " " + grade.mark() + " " + grade.session();
        }
        if (command instanceof TranscriptCommand.ScheduleDefense schedule) {
            return schedule.defenseAt() + " jury " + schedule.jury().size();
        }
        if (command instanceof TranscriptCommand.RescheduleDefense reschedule) {
            return reschedule.defenseAt() + " jury " + reschedule.jury().size();
        }
        if (command instanceof TranscriptCommand.RecordDefenseResult result) {
            return result.mark().toPlainString();
        }
        return "";
    }
}
