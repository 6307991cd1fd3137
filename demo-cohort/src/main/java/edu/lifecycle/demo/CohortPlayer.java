package edu.lifecycle.demo;

import static edu.lifecycle.demo.Stage.at;
import static edu.lifecycle.demo.Stage.filter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Plays a generated cohort's academic year through the four services' REST APIs, moving the shared clock from one
 * phase to the next: applications in May, the exam and decisions in June, enrollment in September, instalments from
 * October to March (some late, some never paid), work-study contracts, grades and resits, internships, defenses in
 * June and July, validation of experience, degrees, and first jobs. Every step is a public API call; what the
 * services decide (capacity, promotions, overdue instalments, reimbursements, degrees) is read back from them.
 *
 * <p>This class keeps the calendar; each office's steps are in a class of their own ({@link AdmissionSteps},
 * {@link TuitionSteps}, {@link StudySteps}, {@link PlacementSteps}), sharing a {@link Stage}.
 */
public final class CohortPlayer {

    public static final String PROGRAMME = "M2-ISD";
    public static final String YEAR = "2026-2027";
    /** When the play starts: before the first application. */
    public static final Instant START = at(LocalDate.of(2026, 5, 4));

    private final Stage stage;
    private final AdmissionSteps admissions;
    private final TuitionSteps tuition;
    private final StudySteps studies;
    private final PlacementSteps placements;

    public CohortPlayer(ServiceUrls urls, MovableClock clock, Consumer<String> progress) {
        this.stage = new Stage(urls, clock, progress);
        this.admissions = new AdmissionSteps(stage);
        this.tuition = new TuitionSteps(stage);
        this.studies = new StudySteps(stage);
        this.placements = new PlacementSteps(stage);
    }

    /** How many students this player enrolled (withdrawn ones included): every read model counts them. */
    public int enrolledCount() {
        return stage.roll.enrolledCount();
    }

    /** Plays the whole year; returns the ids of the students who graduated. */
    public Set<String> play(List<StudentPlan> cohort) {
        try (stage) {
            admissions.apply(cohort);
            admissions.examine(cohort);
            admissions.decide(cohort);
            admissions.enroll(cohort);
            var enrolled = stage.roll.enrolledOf(cohort);
            autumnAndWinter(enrolled);
            var studying = filter(enrolled, stage.roll::stillStudying);
            studies.sitFirstSession(studying);
            studies.defend(studying);
            placements.validateExperience(studying);
            var graduates = studies.awaitDegrees(enrolled);
            placements.recordCareers(cohort, graduates);
            return graduates;
        }
    }

    /**
     * From the deposit to the last instalment in March, with what falls between: apprentices' contracts in
     * September, mid-year work-study contracts and internship agreements in December, withdrawals in January.
     */
    private void autumnAndWinter(List<StudentPlan> students) {
        tuition.payDeposits(students);
        stage.moveTo(at(LocalDate.of(2026, 9, 15)), "apprentices' contracts");
        placements.signWorkStudy(filter(students, StudentPlan::apprentice), LocalDate.of(2026, 9, 15));
        for (var due : TuitionSteps.INSTALMENTS_DUE) {
            if (due.equals(LocalDate.of(2026, 12, 15))) {
                stage.moveTo(at(LocalDate.of(2026, 12, 1)), "mid-year work-study contracts and internship agreements");
                placements.signWorkStudy(filter(students, StudentPlan::switchesToWorkStudy), LocalDate.of(2026, 12, 1));
                placements.signInternships(filter(students, stage.roll::stillStudying));
            }
            if (due.equals(LocalDate.of(2027, 1, 15))) {
                admissions.withdrawMidYear(students);
            }
            tuition.payInstalment(students, due);
        }
        stage.say("tuition paid from September to March (some late, some never)");
    }
}
