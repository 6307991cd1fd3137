package edu.lifecycle.curriculum.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

    @Test
    void securityAndDefenseRequiresSixtyEctsWithTheDissertation() {
        assertThat(Programmes.securityAndDefense().requiredEcts()).isEqualTo(60);
        assertThat(Programmes.securityAndDefense().courses()).hasSize(19);
    }

    @Test
    void aCourseListedTwiceIsRefused() {
        var course = new Course("CC-01", "Compliance", 2, CourseKind.COMMON_CORE);
        assertThatThrownBy(() -> new Programme("M2-X", "X", List.of(course, course), 10))
                .hasMessageContaining("twice");
    }

    @Test
    void aProgrammeDefinedTwiceIsRefused() {
        assertThatThrownBy(() -> ProgrammeCatalog.of(Programmes.securityAndDefense(), Programmes.securityAndDefense()))
                .hasMessageContaining("defined twice");
    }
}
