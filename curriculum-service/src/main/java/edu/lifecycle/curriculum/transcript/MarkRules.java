package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.TranscriptRules.MARK_OUT_OF_RANGE;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.MARK_TOO_PRECISE;

import edu.lifecycle.servicekit.decision.Decision;
import java.math.BigDecimal;
import java.util.Optional;

/** A mark is out of 20 with at most two decimals, for a course as for the defense. */
final class MarkRules {

    private MarkRules() {}

    static Optional<Decision<TranscriptEvent>> refusal(BigDecimal mark) {
        if (Marks.outOfRange(mark)) {
            return Optional.of(
                    Decision.ruleBroken(MARK_OUT_OF_RANGE, "A mark lies between 0 and 20, not " + mark + "."));
        }
        if (Marks.tooPrecise(mark)) {
            return Optional.of(
                    Decision.ruleBroken(MARK_TOO_PRECISE, "A mark has at most two decimals, not " + mark + "."));
        }
        return Optional.empty();
    }
}
