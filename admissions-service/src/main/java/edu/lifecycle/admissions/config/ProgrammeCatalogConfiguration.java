package edu.lifecycle.admissions.config;

import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Admissions' reference data: its programmes for the years the school's calendar opened. Built first and on its
 * own, so that a programme without a stated capacity for an open year stops start-up with the property to set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProgrammeProperties.class)
class ProgrammeCatalogConfiguration {

    @Bean
    ProgrammeCatalog programmeCatalog(ProgrammeProperties properties, AcademicCalendar calendar) {
        return properties.toCatalog(calendar);
    }
}
