package edu.lifecycle.curriculum.config;

import static org.assertj.core.api.Assertions.assertThat;

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
