package edu.lifecycle.admissions.application.web;

import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An academic year as the school's calendar writes one: {@code YYYY-YYYY}, consecutive years, starting between
 * {@value AcademicCalendar#EARLIEST_START} and {@value AcademicCalendar#LATEST_START}. {@code 1900-1901} is a typing
 * error, refused as bad input (400) before the domain asks whether the year is open (422). Blank is left to
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PlausibleAcademicYear.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleAcademicYear {

    String message() default
            "must be an academic year written YYYY-YYYY with consecutive years, from "
                    + AcademicCalendar.EARLIEST_START + "-" + (AcademicCalendar.EARLIEST_START + 1) + " to "
                    + AcademicCalendar.LATEST_START + "-" + (AcademicCalendar.LATEST_START + 1) + ", e.g. 2026-2027";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The kit's reading of a year, so that admissions accepts exactly what every other service does. */
    final class Validator implements ConstraintValidator<PlausibleAcademicYear, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || value.isBlank()
                    || AcademicCalendar.startYearOf(value).isPresent();
        }
    }
}
