package edu.lifecycle.curriculum.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.curriculum.CurriculumApplication;
import edu.lifecycle.curriculum.programme.CourseKind;
import edu.lifecycle.curriculum.programme.Mention;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The reference data that ships in curriculum-service.yml, read the way Spring binds it. */
class ReferenceDataTest {

    private final CurriculumProperties shipped = load();

    @Test
    void bothProgrammesShipWithSevenCommonCoreAndTwelveSpecialtyCoursesWorthSixtyEcts() {
        var catalog = shipped.toCatalog();

        for (String id : new String[] {"M2-ISD", "M2-ISI"}) {
            var programme = catalog.find(id).orElseThrow();
            assertThat(programme.requiredEcts()).as(id).isEqualTo(60);
            assertThat(programme.dissertationEcts()).as(id).isEqualTo(10);
            assertThat(programme.courses().stream().filter(c -> c.kind() == CourseKind.COMMON_CORE))
                    .as(id)
                    .hasSize(7)
                    .allMatch(course -> course.ects() == 2);
            assertThat(programme.courses().stream().filter(c -> c.kind() == CourseKind.SPECIALTY))
                    .as(id)
                    .hasSize(12)
                    .allMatch(course -> course.ects() == 3);
        }
        assertThat(catalog.find("M2-ISD")
                        .orElseThrow()
                        .course("ISD-04")
                        .orElseThrow()
                        .title())
                .isEqualTo("Law of Armed Conflict");
    }

    @Test
    void theGradingScaleIsTheFrenchOne() {
        var grading = shipped.toGradingScheme();

        assertThat(grading.passMark()).isEqualByComparingTo("10");
        assertThat(grading.mentionFor(new BigDecimal("16"))).contains(Mention.TRES_BIEN);
        assertThat(grading.mentionFor(new BigDecimal("12"))).contains(Mention.ASSEZ_BIEN);
    }

    @Test
    void aProgrammeWithoutItsDissertationOrCoursesStopsStartUpNamingProgrammeAndProperty() {
        var course = new CurriculumProperties.CourseEntry("CC-01", "Compliance", 2, CourseKind.COMMON_CORE);
        var incomplete = new CurriculumProperties(
                null,
                java.util.List.of(
                        shipped.programmes().get(0),
                        new CurriculumProperties.ProgrammeEntry("M2-NEW", "New", 0, java.util.List.of(course)),
                        new CurriculumProperties.ProgrammeEntry("M2-BARE", "Bare", 10, null)));

        assertThatThrownBy(incomplete::toCatalog)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("programme M2-NEW")
                .hasMessageContaining("lifecycle.curriculum.programmes[1].dissertation-ects")
                .hasMessageContaining("programme M2-BARE")
                .hasMessageContaining("lifecycle.curriculum.programmes[2].courses");
    }

    @Test
    void aCourseWithoutEctsOrKindIsNamedByItsProperty() {
        var courses = java.util.List.of(new CurriculumProperties.CourseEntry("CC-01", "Compliance", 0, null));
        var incomplete = new CurriculumProperties(
                null, java.util.List.of(new CurriculumProperties.ProgrammeEntry("M2-NEW", "New", 10, courses)));

        assertThatThrownBy(incomplete::toCatalog)
                .hasMessageContaining("lifecycle.curriculum.programmes[0].courses[0].ects")
                .hasMessageContaining("lifecycle.curriculum.programmes[0].courses[0].kind");
    }

    @Test
    void noProgrammeAtAllStopsStartUpRatherThanRefusingEveryEnrollment() {
        assertThatThrownBy(() -> new CurriculumProperties(null, null).toCatalog())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lifecycle.curriculum.programmes");
    }

    private static CurriculumProperties load() {
        try {
            var environment = new StandardEnvironment();
            new YamlPropertySourceLoader()
                    .load("curriculum-service", new ClassPathResource(CurriculumApplication.CONFIG_NAME + ".yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return Binder.get(environment)
                    .bind("lifecycle.curriculum", CurriculumProperties.class)
                    .get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
