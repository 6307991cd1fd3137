package edu.lifecycle.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the console finds the services, and the programme year it opens on.
 *
 * @param admissionsUrl base URL of admissions, e.g. {@code http://127.0.0.1:8091}
 * @param programme the programme shown when the URL names none
 * @param academicYear the academic year shown when the URL names none
 */
@ConfigurationProperties("lifecycle.console")
public record ConsoleProperties(
        String admissionsUrl,
        String billingUrl,
        String curriculumUrl,
        String placementUrl,
        String programme,
        String academicYear) {}
