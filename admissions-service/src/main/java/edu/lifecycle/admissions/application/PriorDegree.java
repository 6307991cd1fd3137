package edu.lifecycle.admissions.application;

import java.util.Objects;

/**
 * A degree obtained before applying, on which eligibility is assessed. Content rules (non-blank, ECTS not
 * negative) are checked by the decider so that they come back as named rejections.
 *
 * @param country ISO 3166-1 alpha-2 code of the institution's country, e.g. {@code FR}
 */
public record PriorDegree(String title, String institution, String country, int ects) {

    /**
     * The most ECTS prior studies can plausibly be worth: ten years of full-time study at 60 a year. A bachelor and
     * two masters make 420; a larger number is a typing error, and would make anyone eligible.
     */
    public static final int MAX_PLAUSIBLE_ECTS = 600;

    public PriorDegree {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(country, "country");
    }
}
