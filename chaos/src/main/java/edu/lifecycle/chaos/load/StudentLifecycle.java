package edu.lifecycle.chaos.load;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One student's year as a careful client plays it, each step only once the one before was accepted: application,
 * exam, admission, enrollment (which opens an account, a transcript and a placement record by policy), the deposit,
 * a few course grades, the dissertation and an internship agreement. Every step is one intended command with a key
 * of its own; a refused or indeterminate step ends the student's year there.
 */
public final class StudentLifecycle {

    public static final String PROGRAMME = "M2-ISD";
    public static final String YEAR = "2026-2027";
    /** Commands a student's whole year sends. */
    public static final int COMMANDS = 7 + StudentLifecycle.GRADES;

    static final int GRADES = 3;
    private static final Duration POLICY_WAIT = Duration.ofSeconds(120);

    private final CarefulClient client;
    private final Map<String, List<String>> urls;
    private final CommandLedger ledger;
    private final Clock clock;

    /** @param urls each service's instances' base URLs, by service name */
    public StudentLifecycle(CarefulClient client, Map<String, List<String>> urls, CommandLedger ledger, Clock clock) {
        this.client = client;
        this.urls = urls;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Plays the year of {@code studentId}; returns how many commands it sent. */
    public int play(String studentId, int commandBudget) {
        var steps = new Steps(studentId, commandBudget);
        var application = "/api/v1/applications/" + studentId;
        boolean admitted = steps.send(
                        "admissions",
                        "/api/v1/applications",
                        "submit-application",
                        "ApplicationSubmitted",
                        null,
                        Map.of(
                                "studentId",
                                studentId,
                                "programme",
                                PROGRAMME,
                                "academicYear",
                                YEAR,
                                "priorDegree",
                                Map.of(
                                        "title", "Master 1 International Relations",
                                        "institution", "Université Grenoble Alpes",
                                        "country", "FR",
                                        "ects", 300),
                                "preferredStream",
                                "PROFESSIONAL",
                                "preferredScheme",
                                "INITIAL",
                                "fullName",
                                "Student " + studentId,
                                "email",
                                studentId + "@example.org"))
                && steps.send(
                        "admissions",
                        application + "/exam",
                        "grade-exam",
                        "EntranceExamGraded",
                        null,
                        Map.of("writtenMark", "14.50", "interviewMark", "15.00"))
                && steps.send(
                        "admissions",
                        application + "/decision",
                        "decide-admission",
                        "AdmissionDecided",
                        null,
                        Map.of("decision", "ADMITTED"))
                && steps.send(
                        "admissions",
                        application + "/enrollment",
                        "enroll",
                        "StudentEnrolled",
                        null,
                        Map.of("stream", "PROFESSIONAL", "scheme", "INITIAL"));
        if (!admitted) {
            return steps.sent;
        }
        var account = "/api/v1/accounts/" + studentId;
        if (client.await(urls.get("billing"), account, status -> status == 200, POLICY_WAIT) != null) {
            var reference = "chaos-" + studentId + "-deposit";
            steps.send(
                    "billing",
                    account + "/payments",
                    "pay",
                    "PaymentReceived",
                    reference,
                    Map.of(
                            "reference", reference,
                            "amount", "1500.00",
                            "method", "CARD",
                            "payer", "STUDENT",
                            "receivedAt", clock.instant().toString()));
        }
        var transcriptPath = "/api/v1/transcripts/" + studentId;
        JsonNode transcript =
                client.await(urls.get("curriculum"), transcriptPath, status -> status == 200, POLICY_WAIT);
        if (transcript != null) {
            var codes = new ArrayList<String>();
            for (JsonNode course : transcript.path("courses")) {
                if (!"DISSERTATION".equals(course.path("kind").asText()) && codes.size() < GRADES) {
                    codes.add(course.path("code").asText());
                }
            }
            for (var code : codes) {
                steps.send(
                        "curriculum",
                        transcriptPath + "/grades",
                        "grade-" + code,
                        "CourseGradeRecorded",
                        null,
                        Map.of("courseCode", code, "mark", "13.50", "session", "FIRST"));
            }
            steps.send(
                    "curriculum",
                    transcriptPath + "/dissertation",
                    "submit-dissertation",
                    "DissertationSubmitted",
                    null,
                    Map.of("title", "European defence cooperation after 2025", "supervisor", "Prof. Lambert"));
        }
        var placements = "/api/v1/students/" + studentId + "/placements";
        if (client.await(urls.get("placement"), placements, status -> status == 200, POLICY_WAIT) != null) {
            steps.send(
                    "placement",
                    placements + "/internships",
                    "sign-internship",
                    "InternshipAgreementSigned",
                    null,
                    Map.of(
                            "organisation", "Ministère des Armées",
                            "sector", "STATE_CIVIL_SERVICE",
                            "role", "Policy analyst intern",
                            "startOn", "2027-02-01",
                            "endOn", "2027-07-31",
                            "fullTime", true,
                            "tutor", "Tutor " + studentId));
        }
        return steps.sent;
    }

    /** The steps of one student: each sent once, under its own key, within the budget. */
    private final class Steps {
        private final String studentId;
        private final int budget;
        int sent;

        Steps(String studentId, int budget) {
            this.studentId = studentId;
            this.budget = budget;
        }

        boolean send(String service, String path, String name, String eventType, String reference, Object body) {
            if (sent >= budget) {
                return false;
            }
            sent++;
            var key = "chaos-" + studentId + "-" + name;
            var answer = client.command(urls.get(service), path, body, key);
            ledger.record(new SentCommand(studentId, name, eventType, key, reference, answer));
            return answer.accepted();
        }
    }
}
