package edu.lifecycle.admissions.config;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.AdmissionsApplication;
import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.admissions.programme.Capacity;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import edu.lifecycle.servicekit.config.CalendarProperties;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Admissions' reference data as Spring binds it: every programme states a capacity, a number or "unlimited", for
 * every year the school's calendar opens, or the service does not start and says which property to set.
 */
class ProgrammeCatalogConfigurationTest {

    private static final String ISD = "lifecycle.admissions.programmes[0]";
    private static final String ISI = "lifecycle.admissions.programmes[1]";

    private final ApplicationContextRunner admissions = new ApplicationContextRunner()
            .withUserConfiguration(ProgrammeCatalogConfiguration.class)
            .withBean(
                    AcademicCalendar.class,
                    () -> new AcademicCalendar(List.of("2026-2027", "2027-2028"), MonthDay.of(9, 1)))
            .withPropertyValues(
                    ISD + ".id=M2-ISD",
                    ISD + ".title=International Security and Defense",
                    ISD + ".minimum-ects=240",
                    ISD + ".streams=RESEARCH,PROFESSIONAL",
                    ISD + ".schemes=INITIAL,APPRENTICESHIP",
                    ISI + ".id=M2-ISI",
                    ISI + ".title=International Strategic Intelligence",
                    ISI + ".minimum-ects=240",
                    ISI + ".streams=RESEARCH,PROFESSIONAL",
                    ISI + ".schemes=INITIAL,APPRENTICESHIP",
                    ISD + ".capacities[2026-2027]=30",
                    ISD + ".capacities[2027-2028]=30",
                    ISI + ".capacities[2026-2027]=25");

    @Test
    void aProgrammeWithoutACapacityForAnOpenYearStopsStartUpNamingYearProgrammeAndProperty() {
        admissions.run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootMessageOf(context.getStartupFailure()))
                    .contains("2027-2028")
                    .contains("M2-ISI")
                    .contains(ISI + ".capacities")
                    .contains("lifecycle.calendar.open-years");
        });
    }

    @Test
    void anUnlimitedYearIsOneSomeoneWroteDown() {
        admissions.withPropertyValues(ISI + ".capacities[2027-2028]=unlimited").run(context -> {
            assertThat(context).hasNotFailed();
            var isi = context.getBean(ProgrammeCatalog.class).find("M2-ISI").orElseThrow();
            assertThat(isi.capacityFor(new AcademicYear(2026))).contains(Capacity.seats(25));
            assertThat(isi.capacityFor(new AcademicYear(2027))).contains(Capacity.unlimited());
        });
    }

    @Test
    void aCapacityThatIsNeitherSeatsNorUnlimitedStopsStartUpNamingTheProperty() {
        admissions.withPropertyValues(ISI + ".capacities[2027-2028]=lots").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootMessageOf(context.getStartupFailure()))
                    .contains(ISI + ".capacities[2027-2028]")
                    .contains("lots");
        });
    }

    @Test
    void theShippedConfigurationCoversEveryYearTheCalendarOpensByDefault() {
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withPropertyValues("spring.config.name=" + AdmissionsApplication.CONFIG_NAME)
                .withUserConfiguration(DefaultCalendar.class, ProgrammeCatalogConfiguration.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    var catalog = context.getBean(ProgrammeCatalog.class);
                    var nextYear = new AcademicYear(2027);
                    assertThat(catalog.isOpen(nextYear)).isTrue();
                    assertThat(catalog.find("M2-ISD").orElseThrow().capacityFor(nextYear))
                            .contains(Capacity.seats(30));
                    assertThat(catalog.find("M2-ISI").orElseThrow().capacityFor(nextYear))
                            .contains(Capacity.seats(25));
                });
    }

    /** The kit's calendar from its own properties and defaults ({@code lifecycle.calendar.*}). */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarProperties.class)
    static class DefaultCalendar {

        @Bean
        AcademicCalendar academicCalendar(CalendarProperties calendar) {
            return new AcademicCalendar(calendar.openYears(), MonthDay.parse("--" + calendar.yearStart()));
        }
    }

    private static String rootMessageOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
