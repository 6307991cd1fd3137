package edu.lifecycle.servicekit.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * A mark on the French scale, out of 20 with at most two decimals, as the value says it: {@code 12.5000} is 12.50,
 * {@code 12.125} is a third decimal nobody gave ({@code @Digits} would count the trailing zeros). The exam jury, the
 * course and defense juries and the internship tutor all mark so; refused at the edge with 400 naming the field.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MarkOutOf20.Check.class)
public @interface MarkOutOf20 {

    String message() default "must be a mark out of 20 with at most two decimals, e.g. 14.25";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is {@code @NotNull}'s to refuse. */
    final class Check implements ConstraintValidator<MarkOutOf20, BigDecimal> {

        private static final BigDecimal HIGHEST = BigDecimal.valueOf(20);
        private static final int MOST_DECIMALS = 2;

        @Override
        public boolean isValid(BigDecimal mark, ConstraintValidatorContext context) {
            return mark == null
                    || (mark.signum() >= 0
                            && mark.compareTo(HIGHEST) <= 0
                            && mark.stripTrailingZeros().scale() <= MOST_DECIMALS);
        }
    }
}
