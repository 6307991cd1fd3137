package edu.lifecycle.curriculum.graduation;

import edu.lifecycle.servicekit.json.KitJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Two checklists and the flat JSON the release before the checklist was kept in parts wrote for each, the same object
 * then in the checklists' store and in the answer to {@code GET …/graduation-checklist}.
 */
public final class FlatChecklists {

    public static final Instant AT = Instant.parse("2027-06-01T10:00:00Z");

    /** {@link #graduate()}, as that release wrote it. */
    public static final String GRADUATE = """
            {"studentId":"stu-1","programme":"M2-ISD","academicYear":"2026-2027","requiredEcts":15,"ectsEarned":15,\
            "ectsByCourse":{"CC-01":2,"dissertation":10,"ISD-01":3},\
            "ects":{"holds":true,"event":"DissertationDefended","eventId":"d-1","at":"2027-06-01T10:04:00Z"},\
            "dissertation":{"holds":true,"event":"DissertationDefended","eventId":"d-1","at":"2027-06-01T10:04:00Z"},\
            "experience":{"holds":true,"event":"ExperienceRequirementMet","eventId":"p-1","at":"2027-06-01T10:02:00Z"},\
            "tuition":{"holds":true,"event":"TuitionSettled","eventId":"b-1","at":"2027-06-01T10:03:00Z"},\
            "transcriptClosed":false,"degreeMention":"ASSEZ_BIEN","degreeAverage":12.50,\
            "degreeAwardedAt":"2027-06-01T10:04:00Z"}""";

    /** {@link #settledBeforeEnrolment()}, as that release wrote it: no programme year, no degree. */
    public static final String SETTLED_BEFORE_ENROLMENT = """
            {"studentId":"stu-2","programme":null,"academicYear":null,"requiredEcts":0,"ectsEarned":0,\
            "ectsByCourse":{},"ects":{"holds":false,"event":null,"eventId":null,"at":null},\
            "dissertation":{"holds":false,"event":null,"eventId":null,"at":null},\
            "experience":{"holds":false,"event":null,"eventId":null,"at":null},\
            "tuition":{"holds":true,"event":"TuitionSettled","eventId":"b-2","at":"2027-06-01T10:00:00Z"},\
            "transcriptClosed":false,"degreeMention":null,"degreeAverage":null,"degreeAwardedAt":null}""";

    private FlatChecklists() {}

    /** Two courses, experience, tuition, then the defense that brings the last ECTS, and the degree. */
    public static GraduationChecklist graduate() {
        return GraduationChecklist.of("stu-1")
                .opened(new Enrolment("M2-ISD", "2026-2027", 15))
                .courseGraded("CC-01", 2, new Evidence("CourseGradeRecorded", "e-1", AT))
                .courseGraded("ISD-01", 3, new Evidence("CourseGradeRecorded", "e-2", AT.plusSeconds(60)))
                .experienceMet(new Evidence("ExperienceRequirementMet", "p-1", AT.plusSeconds(120)))
                .tuitionSettled(new Evidence("TuitionSettled", "b-1", AT.plusSeconds(180)))
                .dissertationDefended(true, 10, new Evidence("DissertationDefended", "d-1", AT.plusSeconds(240)))
                .awarded(new AwardedDegree("ASSEZ_BIEN", new BigDecimal("12.50"), AT.plusSeconds(240)));
    }

    /** Billing's event read before the enrollment. */
    public static GraduationChecklist settledBeforeEnrolment() {
        return GraduationChecklist.of("stu-2").tuitionSettled(new Evidence("TuitionSettled", "b-2", AT));
    }

    public static JsonNode json(String text) {
        return KitJson.mapper().readTree(text);
    }

    /** The names of an object's fields, in the order written. */
    public static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
