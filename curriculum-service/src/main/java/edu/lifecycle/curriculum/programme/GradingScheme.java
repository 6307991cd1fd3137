package edu.lifecycle.curriculum.programme;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The French scale out of 20: a mark at or above {@code passMark} passes, and an average at or above a threshold
 * earns that mention (16 très bien, 14 bien, 12 assez bien, 10 passable by default, from configuration).
 */
public record GradingScheme(
        BigDecimal passMark, BigDecimal tresBien, BigDecimal bien, BigDecimal assezBien, BigDecimal passable) {

    public GradingScheme {
        Objects.requireNonNull(passMark, "passMark");
        Objects.requireNonNull(tresBien, "tresBien");
        Objects.requireNonNull(bien, "bien");
        Objects.requireNonNull(assezBien, "assezBien");
        Objects.requireNonNull(passable, "passable");
        if (!(tresBien.compareTo(bien) > 0 && bien.compareTo(assezBien) > 0 && assezBien.compareTo(passable) > 0)) {
            throw new IllegalArgumentException("mention thresholds must decrease from très bien to passable");
        }
    }

    /** The defaults of DOMAIN.md. */
    public static GradingScheme french() {
        return new GradingScheme(
                BigDecimal.TEN, BigDecimal.valueOf(16), BigDecimal.valueOf(14), BigDecimal.valueOf(12), BigDecimal.TEN);
    }

    public boolean passes(BigDecimal mark) {
        return mark.compareTo(passMark) >= 0;
    }

    /** Empty below the lowest threshold: such an average earns no degree. */
    public Optional<Mention> mentionFor(BigDecimal average) {
        if (average.compareTo(tresBien) >= 0) {
            return Optional.of(Mention.TRES_BIEN);
        }
        if (average.compareTo(bien) >= 0) {
            return Optional.of(Mention.BIEN);
        }
        if (average.compareTo(assezBien) >= 0) {
            return Optional.of(Mention.ASSEZ_BIEN);
        }
        if (average.compareTo(passable) >= 0) {
            return Optional.of(Mention.PASSABLE);
        }
        return Optional.empty();
    }
}
