package edu.lifecycle.curriculum.config;

import edu.lifecycle.curriculum.programme.Course;
import edu.lifecycle.curriculum.programme.CourseKind;
import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.programme.Programme;
import edu.lifecycle.curriculum.programme.ProgrammeCatalog;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The curriculum's reference data from configuration ({@code lifecycle.curriculum}): each programme's courses and
 * dissertation with their ECTS, the pass mark and the mention thresholds. A new programme needs no code.
 */
@ConfigurationProperties("lifecycle.curriculum")
public record CurriculumProperties(Grading grading, List<ProgrammeEntry> programmes) {

    public CurriculumProperties {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    /** The programmes as the domain sees them; a malformed entry stops start-up with its message. */
    public ProgrammeCatalog toCatalog() {
        return ProgrammeCatalog.of(
                programmes.stream().map(ProgrammeEntry::toProgramme).toList());
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

        Programme toProgramme() {
            return new Programme(
                    id,
                    title,
                    (courses == null ? List.<CourseEntry>of() : courses)
                            .stream()
                                    .map(course ->
                                            new Course(course.code(), course.title(), course.ects(), course.kind()))
                                    .toList(),
                    dissertationEcts);
        }
    }

    public record CourseEntry(String code, String title, int ects, CourseKind kind) {}
}
