package edu.lifecycle.admissions.application.stream;

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
 * A number with at most two significant decimals, as a jury gives a mark: {@code 12.500} is 12.50, while
 * {@code 12.125} is a third decimal nobody gave. ({@code @Digits} counts the trailing zeros of a BigDecimal.)
 */
@Documented
@Constraint(validatedBy = AtMostTwoDecimals.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface AtMostTwoDecimals {

    String message() default "must have at most two decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<AtMostTwoDecimals, BigDecimal> {

        private static final int MOST_DECIMALS = 2;

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || value.stripTrailingZeros().scale() <= MOST_DECIMALS;
        }
    }
}
