package edu.lifecycle.curriculum.config;

import edu.lifecycle.curriculum.programme.Course;
import edu.lifecycle.curriculum.programme.CourseKind;
import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.programme.Programme;
import edu.lifecycle.curriculum.programme.ProgrammeCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The curriculum's reference data from configuration ({@code lifecycle.curriculum}): each programme's courses and
 * dissertation with their ECTS, the pass mark and the mention thresholds. A new programme needs no code.
 */
@ConfigurationProperties(CurriculumProperties.PREFIX)
public record CurriculumProperties(Grading grading, List<ProgrammeEntry> programmes) {

    static final String PREFIX = "lifecycle.curriculum";

    public CurriculumProperties {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    /**
     * The programmes as the domain sees them. Incomplete reference data stops start-up with a message naming the
     * programme and the property: a programme the curriculum cannot open a transcript for must not wait for its first
     * enrollment to be found out.
     *
     * @throws IllegalStateException naming every missing or malformed property
     */
    public ProgrammeCatalog toCatalog() {
        var problems = new ArrayList<String>();
        if (programmes.isEmpty()) {
            problems.add(PREFIX + ".programmes: no programme is configured, so every enrollment would be refused");
        }
        var converted = new ArrayList<Programme>();
        for (int index = 0; index < programmes.size(); index++) {
            var entry = programmes.get(index);
            var path = PREFIX + ".programmes[" + index + "]";
            var found = entry.problems(path);
            problems.addAll(found);
            if (found.isEmpty()) {
                try {
                    converted.add(entry.toProgramme());
                } catch (IllegalArgumentException e) {
                    problems.add(path + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "The curriculum's reference data is incomplete: " + String.join("; ", problems));
        }
        try {
            return ProgrammeCatalog.of(converted);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PREFIX + ".programmes: " + e.getMessage(), e);
        }
    }

    /** The grading scale; the French defaults of DOMAIN.md where a value is absent. */
    public GradingScheme toGradingScheme() {
        var defaults = GradingScheme.french();
        if (grading == null) {
            return defaults;
        }
        var mentions = grading.mentions() == null ? new Mentions(null, null, null, null) : grading.mentions();
        return new GradingScheme(
                or(grading.passMark(), defaults.passMark()),
                or(mentions.tresBien(), defaults.tresBien()),
                or(mentions.bien(), defaults.bien()),
                or(mentions.assezBien(), defaults.assezBien()),
                or(mentions.passable(), defaults.passable()));
    }

    private static BigDecimal or(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }

    /** @param passMark a course or a defense is passed at this mark out of 20 */
    public record Grading(BigDecimal passMark, Mentions mentions) {}

    /** The lowest average of each mention. */
    public record Mentions(BigDecimal tresBien, BigDecimal bien, BigDecimal assezBien, BigDecimal passable) {}

    public record ProgrammeEntry(String id, String title, int dissertationEcts, List<CourseEntry> courses) {

        /** What is missing or malformed, each naming its property under {@code path}. */
        List<String> problems(String path) {
            var problems = new ArrayList<String>();
            var name = blank(id) ? path : "programme " + id + " (" + path + ")";
            if (blank(id)) {
                problems.add(path + ".id is missing");
            }
            if (blank(title)) {
                problems.add(name + ": " + path + ".title is missing");
            }
            if (dissertationEcts <= 0) {
                problems.add(name + ": " + path + ".dissertation-ects must be a positive number of ECTS");
            }
            if (courses == null || courses.isEmpty()) {
                problems.add(name + ": " + path + ".courses lists no course");
            } else {
                for (int index = 0; index < courses.size(); index++) {
                    problems.addAll(courses.get(index).problems(name, path + ".courses[" + index + "]"));
                }
            }
            return problems;
        }

        Programme toProgramme() {
            return new Programme(
                    id,
                    title,
                    courses.stream()
                            .map(course -> new Course(course.code(), course.title(), course.ects(), course.kind()))
                            .toList(),
                    dissertationEcts);
        }
    }

    public record CourseEntry(String code, String title, int ects, CourseKind kind) {

        List<String> problems(String programme, String path) {
            var problems = new ArrayList<String>();
            if (blank(code)) {
                problems.add(programme + ": " + path + ".code is missing");
            }
            if (blank(title)) {
                problems.add(programme + ": " + path + ".title is missing");
            }
            if (ects <= 0) {
                problems.add(programme + ": " + path + ".ects must be a positive number of ECTS");
            }
            if (kind == null) {
                problems.add(programme + ": " + path + ".kind is missing (COMMON_CORE or SPECIALTY)");
            }
            return problems;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
