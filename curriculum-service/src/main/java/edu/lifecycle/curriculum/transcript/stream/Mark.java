package edu.lifecycle.curriculum.transcript.stream;

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
 * A mark out of 20 with at most two decimals, as the value says it: {@code 12.5000} is 12.50, {@code 12.345} is not a
 * mark. Refused at the edge with 400 naming the field; the domain applies the same rule to every command.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Mark.Check.class)
public @interface Mark {

    String message() default "must be a mark out of 20 with at most two decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is {@code @NotNull}'s to refuse. */
    final class Check implements ConstraintValidator<Mark, BigDecimal> {

        private static final BigDecimal HIGHEST = BigDecimal.valueOf(20);

        @Override
        public boolean isValid(BigDecimal mark, ConstraintValidatorContext context) {
            return mark == null
                    || (mark.signum() >= 0
                            && mark.compareTo(HIGHEST) <= 0
                            && mark.stripTrailingZeros().scale() <= 2);
        }
    }
}
