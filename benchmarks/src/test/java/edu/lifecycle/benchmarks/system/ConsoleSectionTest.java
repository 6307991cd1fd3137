package edu.lifecycle.benchmarks.system;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.console.access.Role;
import edu.lifecycle.demo.CohortGenerator;
import edu.lifecycle.demo.StudentPlan;
import org.junit.jupiter.api.Test;

/** The console section's cohort and pages, without starting anything. */
class ConsoleSectionTest {

    @Test
    void nobodySwitchesToWorkStudyMidYearAndNothingElseChanges() {
        var generated = CohortGenerator.generate(ConsoleSection.SEED, 1_000);

        var played = ConsoleSection.withoutMidYearWorkStudy(generated);

        assertThat(generated).anyMatch(StudentPlan::switchesToWorkStudy);
        assertThat(played).noneMatch(StudentPlan::switchesToWorkStudy);
        assertThat(played).anyMatch(StudentPlan::apprentice);
        for (int i = 0; i < generated.size(); i++) {
            var before = generated.get(i);
            var after = played.get(i);
            assertThat(after.paysLate()).isEqualTo(before.paysLate());
            if (!before.switchesToWorkStudy()) {
                assertThat(after).isEqualTo(before);
            }
        }
    }

    @Test
    void everyStaffRoleButThePrivacyOfficerOpensAPageAndNoPageIsTimedForAStudent() {
        var pages = ConsoleSection.pages("s00001");

        assertThat(pages).noneMatch(page -> page.roles().contains(Role.STUDENT));
        assertThat(pages).noneMatch(page -> page.roles().contains(Role.PRIVACY_OFFICER));
        for (var role : new Role[] {
            Role.ADMISSIONS_OFFICER, Role.BURSAR, Role.REGISTRAR, Role.PLACEMENT_OFFICER, Role.OPERATIONS_VIEWER
        }) {
            assertThat(pages).as(role.claim()).anyMatch(page -> page.roles().contains(role));
        }
        assertThat(pages)
                .extracting(ConsoleSection.ConsolePage::path)
                .contains(
                        "/applications/s00001",
                        "/accounts/s00001",
                        "/transcripts/s00001",
                        "/placements/s00001",
                        "/students/s00001",
                        "/system",
                        "/programmes/M2-ISD/years/2026-2027/curriculum");
    }

    @Test
    void everyTimedPageHasTheServiceCallsItsControllerMakesWrittenDown() {
        for (var page : ConsoleSection.pages("s00001")) {
            assertThat(PageCalls.of(page.name(), "s00001")).as(page.name()).isNotEmpty();
        }
        assertThat(PageCalls.of("system", "s00001")).hasSize(12);
    }
}
