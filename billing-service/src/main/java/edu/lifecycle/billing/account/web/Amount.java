package edu.lifecycle.billing.account.web;

import com.fasterxml.jackson.annotation.JsonValue;
import edu.lifecycle.billing.account.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Money as every billing response shows it: a JSON string with exactly two decimals ({@code "9750.00"}), never a
 * JSON number, so that no client reads euros through a binary floating-point number and {@code 9750.00} never comes
 * out as {@code 9750} or {@code 487.5}.
 */
@Schema(
        name = "Amount",
        type = "string",
        format = "decimal",
        pattern = Amount.PATTERN,
        example = "\"9750.00\"",
        description = "Euros as a decimal string with exactly two decimals, e.g. \"9750.00\"; never a JSON number")
public record Amount(@JsonValue String value) {

    public static final String PATTERN = "^-?[0-9]+\\.[0-9]{2}$";

    public Amount {
        Objects.requireNonNull(value, "value");
        if (!value.matches(PATTERN)) {
            throw new IllegalArgumentException("Not an amount with two decimals: " + value);
        }
    }

    public static Amount of(BigDecimal amount) {
        return new Amount(Money.round(amount).toPlainString());
    }

    @Override
    public String toString() {
        return value;
    }
}
