package edu.lifecycle.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Plays a generated cohort's academic year through the four services' REST APIs, moving the shared clock from one
 * phase to the next: applications in May, the exam and decisions in June, enrollment in September, instalments from
 * October to March (some late, some never paid), work-study contracts, grades and resits, internships, defenses in
 * June and July, validation of experience, degrees, and first jobs. Every step is a public API call; what the
 * services decide (capacity, promotions, overdue instalments, reimbursements, degrees) is read back from them.
 */
public final class CohortPlayer {

    public static final String PROGRAMME = "M2-ISD";
    public static final String YEAR = "2026-2027";
    /** When the play starts: before the first application. */
    public static final Instant START = at(LocalDate.of(2026, 5, 4));

    private static final int PARALLEL_STUDENTS = 8;

    private final Api api;
    private final ServiceUrls urls;
    private final MovableClock clock;
    private final Consumer<String> progress;
    private final ExecutorService workers = Executors.newFixedThreadPool(PARALLEL_STUDENTS);
    private final Map<String, String> statusAfterDecisions = new ConcurrentHashMap<>();
    private final Set<String> enrolled = ConcurrentHashMap.newKeySet();
    private final Set<String> withdrawnMidYear = ConcurrentHashMap.newKeySet();

    public CohortPlayer(ServiceUrls urls, MovableClock clock, Consumer<String> progress) {
        this.urls = urls;
        this.api = urls.api();
        this.clock = clock;
        this.progress = progress;
    }

    /** How many students this player enrolled (withdrawn ones included): every read model counts them. */
    public int enrolledCount() {
        return enrolled.size();
    }

    /** Plays the whole year; returns the ids of the students who graduated. */
    public Set<String> play(List<StudentPlan> cohort) {
        try {
            apply(cohort);
            examine(cohort);
            decide(cohort);
            enroll(cohort);
            payTuition(cohort);
            study(cohort);
            defend(cohort);
            validateExperience(cohort);
            var graduates = awaitDegrees(cohort);
            recordCareers(cohort, graduates);
            return graduates;
        } finally {
            workers.shutdownNow();
        }
    }

    private void apply(List<StudentPlan> cohort) {
        moveTo(START, "applications open");
        forEach(
                cohort,
                student -> api.command(
                        urls.admissions() + "/api/v1/applications",
                        Map.of(
                                "studentId", student.studentId(),
                                "programme", PROGRAMME,
                                "academicYear", YEAR,
                                "priorDegree",
                                        Map.of(
                                                "title", "Master 1 International Relations",
                                                "institution", "Université Grenoble Alpes",
                                                "country", "FR",
                                                "ects", student.priorEcts()),
                                "preferredStream", student.stream(),
                                "preferredScheme", student.scheme(),
                                "fullName", student.fullName(),
                                "email", student.email())));
        forEach(
                filter(cohort, StudentPlan::overrideEligibility),
                student -> api.command(
                        application(student) + "/eligibility-override",
                        Map.of(
                                "eligible",
                                true,
                                // The officer recorded is whoever the demo signed in as, never a body field.
                                "reason",
                                "Professional experience in a defence ministry makes up for the missing ECTS")));
        progress.accept(cohort.size() + " applications submitted");
    }

    private void examine(List<StudentPlan> cohort) {
        moveTo(at(LocalDate.of(2026, 6, 1)), "entrance exams");
        forEach(
                filter(cohort, StudentPlan::eligible),
                student -> api.command(
                        application(student) + "/exam",
                        Map.of(
                                "writtenMark", CohortGenerator.mark(student, "WRITTEN", 0),
                                "interviewMark", CohortGenerator.mark(student, "INTERVIEW", 0))));
    }

    private void decide(List<StudentPlan> cohort) {
        moveTo(at(LocalDate.of(2026, 6, 15)), "admission decisions");
        var eligible = filter(cohort, StudentPlan::eligible);
        forEach(
                eligible,
                student -> api.command(
                        application(student) + "/decision",
                        student.rejectedByJury()
                                ? Map.of(
                                        "decision",
                                        "REJECTED",
                                        "reason",
                                        "The jury found the project too far from the programme")
                                : Map.of("decision", "ADMITTED")));
        forEach(
                eligible,
                student -> statusAfterDecisions.put(
                        student.studentId(),
                        api.await(application(student), reply -> isOneOf(reply, "ADMITTED", "WAITLISTED", "REJECTED"))
                                .text("status")));
        moveTo(at(LocalDate.of(2026, 7, 1)), "summer withdrawals");
        forEach(
                filter(cohort, student -> student.withdrawsBeforeEnrollment() && admitted(student)),
                student -> api.command(
                        application(student) + "/withdrawal",
                        Map.of("reason", "Accepted a place in another programme")));
        progress.accept(count("ADMITTED") + " admitted, " + count("WAITLISTED") + " waitlisted, " + count("REJECTED")
                + " rejected by the jury");
    }

    private void enroll(List<StudentPlan> cohort) {
        moveTo(at(LocalDate.of(2026, 9, 1)), "registration");
        // Seats freed in the summer went to the best waitlisted: ask admissions who holds one now.
        forEach(filter(cohort, student -> statusAfterDecisions.containsKey(student.studentId())), student -> {
            var status = api.get(application(student)).text("status");
            if ("ADMITTED".equals(status)) {
                api.command(
                        application(student) + "/enrollment",
                        Map.of("stream", student.stream(), "scheme", student.scheme()));
                enrolled.add(student.studentId());
            }
        });
        forEach(students(cohort), student -> api.await(account(student), reply -> reply.status() == 200));
        progress.accept(enrolled.size() + " students enrolled");
    }

    private void payTuition(List<StudentPlan> cohort) {
        var students = students(cohort);
        moveTo(at(LocalDate.of(2026, 9, 2)), "deposits and cash plans");
        forEach(
                filter(students, StudentPlan::cashPlan),
                student -> api.command(account(student) + "/cash-plan", Map.of()));
        forEach(students, student -> payDue(student, LocalDate.of(2026, 9, 2)));
        moveTo(at(LocalDate.of(2026, 9, 15)), "apprentices' contracts");
        forEach(
                filter(students, StudentPlan::apprentice),
                student -> signWorkStudy(student, LocalDate.of(2026, 9, 15)));

        var dueDates = instalmentDueDates(students);
        for (var due : dueDates) {
            if (due.equals(LocalDate.of(2026, 12, 15))) {
                moveTo(at(LocalDate.of(2026, 12, 1)), "mid-year work-study contracts and internship agreements");
                forEach(
                        filter(students, StudentPlan::switchesToWorkStudy),
                        student -> signWorkStudy(student, LocalDate.of(2026, 12, 1)));
                signInternships(filter(students, this::stillStudying));
            }
            if (due.equals(LocalDate.of(2027, 1, 15))) {
                moveTo(at(LocalDate.of(2027, 1, 10)), "mid-year withdrawals");
                forEach(filter(students, StudentPlan::withdrawsMidYear), student -> {
                    api.command(application(student) + "/withdrawal", Map.of("reason", "Left for a job abroad"));
                    withdrawnMidYear.add(student.studentId());
                });
            }
            moveTo(at(due), "instalment due " + due);
            var onTime = filter(students, student -> !student.paysLate() && stillStudying(student));
            forEach(onTime, student -> payDue(student, due));
            // Past the grace period, the late payers' instalments become overdue before they pay.
            moveTo(at(due.plusDays(16)), null);
            var late = filter(students, student -> student.paysLate() && stillStudying(student));
            forEach(
                    late,
                    student -> api.await(
                            account(student), reply -> hasNoUnpaidLineDueBefore(reply, due) || hasOverdueLine(reply)));
            moveTo(at(due.plusDays(21)), null);
            forEach(late, student -> payDue(student, due));
        }
        progress.accept("tuition paid from September to March (some late, some never)");
    }

    private void study(List<StudentPlan> cohort) {
        var students = filter(students(cohort), this::stillStudying);
        moveTo(at(LocalDate.of(2027, 4, 20)), "exams, first session");
        forEach(students, student -> grade(student, 0, "FIRST", code -> true));
    }

    /** Everyone without a work-study contract signs an internship for the spring and summer. */
    private void signInternships(List<StudentPlan> students) {
        forEach(filter(students, student -> !student.apprentice() && !student.switchesToWorkStudy()), student -> {
            var start = student.shortInternship() ? LocalDate.of(2027, 3, 1) : LocalDate.of(2027, 2, 1);
            var end = student.shortInternship() ? LocalDate.of(2027, 6, 30) : LocalDate.of(2027, 7, 31);
            api.command(
                    placements(student) + "/internships",
                    Map.of(
                            "organisation",
                            "Ministère des Armées",
                            "sector",
                            "STATE_CIVIL_SERVICE",
                            "role",
                            "Policy analyst intern",
                            "startOn",
                            start.toString(),
                            "endOn",
                            end.toString(),
                            "fullTime",
                            true,
                            "tutor",
                            "Tutor " + student.studentId()));
        });
    }

    private void defend(List<StudentPlan> cohort) {
        var students = filter(students(cohort), this::stillStudying);
        moveTo(at(LocalDate.of(2027, 5, 15)), "dissertations submitted");
        forEach(
                students,
                student -> api.command(
                        transcript(student) + "/dissertation",
                        Map.of("title", "European defence cooperation after 2025", "supervisor", "Prof. Lambert")));
        moveTo(at(LocalDate.of(2027, 6, 1)), "resits");
        forEach(
                students,
                student -> grade(
                        student,
                        1,
                        "RESIT",
                        code -> CohortGenerator.mark(student, code, 0).compareTo(BigDecimal.TEN) < 0));
        moveTo(at(LocalDate.of(2027, 6, 2)), "defenses scheduled");
        forEach(students, student -> scheduleDefense(student, LocalDate.of(2027, 6, 25)));
        moveTo(at(LocalDate.of(2027, 6, 26)), "defenses");
        forEach(
                students,
                student -> api.command(
                        transcript(student) + "/dissertation/defense/result",
                        Map.of("mark", student.failsFirstDefense() ? new BigDecimal("8.50") : defenseMark(student))));
        var failed = filter(students, StudentPlan::failsFirstDefense);
        forEach(failed, student -> scheduleDefense(student, LocalDate.of(2027, 7, 9)));
        moveTo(at(LocalDate.of(2027, 7, 10)), "second defenses");
        forEach(
                failed,
                student -> api.command(
                        transcript(student) + "/dissertation/defense/result", Map.of("mark", defenseMark(student))));
    }

    private void validateExperience(List<StudentPlan> cohort) {
        moveTo(at(LocalDate.of(2027, 9, 1)), "validation of professional experience");
        forEach(filter(students(cohort), this::stillStudying), student -> {
            var record = api.get(placements(student));
            for (JsonNode placement : record.body().get("placements")) {
                if (!"VALIDATED".equals(placement.path("status").asText())) {
                    api.command(
                            placements(student) + "/"
                                    + placement.get("placementId").asText() + "/validation",
                            Map.of("evaluationMark", CohortGenerator.mark(student, "TUTOR", 1)));
                }
            }
        });
    }

    /**
     * Waits for the degrees the plan leads to, then asks curriculum who holds one: the services decide, and the
     * demo reports what they decided.
     */
    private Set<String> awaitDegrees(List<StudentPlan> cohort) {
        forEach(
                filter(students(cohort), this::expectedToGraduate),
                student -> api.await(transcript(student), reply -> reply.status() == 200 && hasDegree(reply.body())));
        var graduates = ConcurrentHashMap.<String>newKeySet();
        forEach(students(cohort), student -> {
            if (hasDegree(api.get(transcript(student)).body())) {
                graduates.add(student.studentId());
            }
        });
        progress.accept(graduates.size() + " degrees awarded");
        return graduates;
    }

    private static boolean hasDegree(JsonNode transcript) {
        return transcript != null
                && !transcript.path("degree").isNull()
                && !transcript.path("degree").isMissingNode();
    }

    private void recordCareers(List<StudentPlan> cohort, Set<String> graduates) {
        moveTo(at(LocalDate.of(2027, 12, 15)), "first jobs");
        // Placement learns of each degree from curriculum's event; outcomes are only for graduates it knows.
        api.await(
                urls.placement() + "/api/v1/programmes/" + PROGRAMME + "/years/" + YEAR + "/graduate-outcomes",
                reply -> reply.status() == 200 && reply.body().path("graduates").asInt() >= graduates.size());
        forEach(filter(cohort, student -> graduates.contains(student.studentId())), student -> {
            var outcome = new HashMap<String, Object>(Map.of(
                    "sector",
                    student.outcomeSector(),
                    "organisation",
                    "Organisation " + (student.studentId().hashCode() & 0xff),
                    "jobTitle",
                    "Security analyst",
                    "monthsAfterGraduation",
                    student.monthsToFirstJob()));
            if (student.outcomeSector().endsWith("CIVIL_SERVICE")) {
                outcome.put("competitionPassed", "Concours d'attaché d'administration");
            }
            api.command(urls.placement() + "/api/v1/students/" + student.studentId() + "/graduate-outcome", outcome);
        });
    }

    /** Whether the plan leads to a degree: tuition settled, experience met, every course passed. */
    private boolean expectedToGraduate(StudentPlan student) {
        if (!stillStudying(student) || student.stopsPaying() || student.shortInternship()) {
            return false;
        }
        var courses = api.get(transcript(student)).body().get("courses");
        for (JsonNode course : courses) {
            if (!course.path("passed").asBoolean()
                    && !"DISSERTATION".equals(course.path("kind").asText())) {
                return false;
            }
        }
        return true;
    }

    private void grade(StudentPlan student, int attempt, String session, Predicate<String> which) {
        var courses = api.get(transcript(student)).body().get("courses");
        for (JsonNode course : courses) {
            var code = course.get("code").asText();
            if ("DISSERTATION".equals(course.path("kind").asText()) || !which.test(code)) {
                continue;
            }
            api.command(
                    transcript(student) + "/grades",
                    Map.of(
                            "courseCode",
                            code,
                            "mark",
                            CohortGenerator.mark(student, code, attempt),
                            "session",
                            session));
        }
    }

    private void scheduleDefense(StudentPlan student, LocalDate day) {
        api.command(
                transcript(student) + "/dissertation/defense",
                Map.of(
                        "defenseAt", at(day).toString(),
                        "room",
                                "Amphi "
                                        + (1 + Math.floorMod(student.studentId().hashCode(), 3)),
                        "jury", List.of("Prof. Lambert", "Dr. Nguyen", "Col. Perrin")));
    }

    private static BigDecimal defenseMark(StudentPlan student) {
        var mark = CohortGenerator.mark(student, "DISSERTATION", 0);
        return mark.compareTo(new BigDecimal("10.50")) < 0 ? new BigDecimal("10.50") : mark;
    }

    private void signWorkStudy(StudentPlan student, LocalDate start) {
        api.command(
                placements(student) + "/work-study-contracts",
                Map.of(
                        "employer",
                                "Thales Defence "
                                        + (1 + Math.floorMod(student.studentId().hashCode(), 4)),
                        "startOn", start.toString(),
                        "endOn", LocalDate.of(2027, 8, 31).toString()));
    }

    /** Pays every line of the account that has fallen due by {@code day} and is still owed, as its payer. */
    private void payDue(StudentPlan student, LocalDate day) {
        if (student.stopsPaying() && day.isAfter(LocalDate.of(2027, 1, 31))) {
            return;
        }
        var account = api.get(account(student)).body();
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
                api.command(
                        account(student) + "/payments",
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
                                clock.instant().toString()));
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

    /** The instalment due dates of M2-ISD in 2026-2027, as billing's reference data sets them. */
    private static List<LocalDate> instalmentDueDates(List<StudentPlan> students) {
        return List.of(
                LocalDate.of(2026, 10, 15),
                LocalDate.of(2026, 11, 15),
                LocalDate.of(2026, 12, 15),
                LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 2, 15),
                LocalDate.of(2027, 3, 15));
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

    private boolean stillStudying(StudentPlan student) {
        return enrolled.contains(student.studentId()) && !withdrawnMidYear.contains(student.studentId());
    }

    private boolean admitted(StudentPlan student) {
        return "ADMITTED".equals(statusAfterDecisions.get(student.studentId()));
    }

    private long count(String status) {
        return statusAfterDecisions.values().stream().filter(status::equals).count();
    }

    private List<StudentPlan> students(List<StudentPlan> cohort) {
        return filter(cohort, student -> enrolled.contains(student.studentId()));
    }

    private static boolean isOneOf(Api.Reply reply, String... statuses) {
        return reply.status() == 200 && List.of(statuses).contains(reply.text("status"));
    }

    private void moveTo(Instant when, String phase) {
        if (clock.instant().isBefore(when)) {
            clock.advanceTo(when);
        }
        if (phase != null) {
            progress.accept(LocalDate.ofInstant(when, ZoneOffset.UTC) + "  " + phase);
        }
    }

    private static List<StudentPlan> filter(Collection<StudentPlan> students, Predicate<StudentPlan> condition) {
        return students.stream().filter(condition).toList();
    }

    /** Runs one step for every student, several students at a time; the first failure stops the play. */
    private void forEach(List<StudentPlan> students, Consumer<StudentPlan> step) {
        var futures = new ArrayList<Future<?>>();
        for (var student : students) {
            futures.add(workers.submit(() -> step.accept(student)));
        }
        for (var future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(
                        "The demo stopped: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private String application(StudentPlan student) {
        return urls.admissions() + "/api/v1/applications/" + student.studentId();
    }

    private String account(StudentPlan student) {
        return urls.billing() + "/api/v1/accounts/" + student.studentId();
    }

    private String transcript(StudentPlan student) {
        return urls.curriculum() + "/api/v1/transcripts/" + student.studentId();
    }

    private String placements(StudentPlan student) {
        return urls.placement() + "/api/v1/students/" + student.studentId() + "/placements";
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }
}
