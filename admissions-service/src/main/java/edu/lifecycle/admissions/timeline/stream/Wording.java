package edu.lifecycle.admissions.timeline.stream;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** How amounts and marks read in a summary. */
final class Wording {

    private Wording() {}

    static String eur(BigDecimal amount) {
        return amount.toPlainString() + " EUR";
    }

    static String mark(BigDecimal mark) {
        return mark.toPlainString() + "/20";
    }

    static String months(BigDecimal months) {
        return months.toPlainString() + " months";
    }

    /** An enum symbol as words: {@code TRES_BIEN} → {@code tres bien}. */
    static String words(Enum<?> symbol) {
        return symbol.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Several symbols as words, comma-separated. */
    static String words(List<? extends Enum<?>> symbols) {
        return String.join(", ", symbols.stream().map(Wording::words).toList());
    }
}
