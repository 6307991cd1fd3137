package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_IN_THE_PAST;
import static edu.lifecycle.curriculum.transcript.TranscriptRules.DEFENSE_JURY_TOO_SMALL;

import edu.lifecycle.servicekit.decision.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a first schedule and a new schedule of a defense share: a jury of at least two distinct members, and a time in
 * the future by the time the command was issued.
 */
final class DefenseSlots {

    private static final int MINIMUM_JURY = 2;

    private DefenseSlots() {}

    /** The jury as recorded: names stripped, blanks and repeats dropped, so one person twice is a jury of one. */
    static List<String> jury(List<String> proposed) {
        return proposed.stream()
                .filter(member -> member != null && !member.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    }

    /** Empty when the slot may be booked; else the rule that refuses it. */
    static Optional<Decision<TranscriptEvent>> refusal(Instant defenseAt, List<String> jury, Instant issuedAt) {
        if (jury.size() < MINIMUM_JURY) {
            return Optional.of(Decision.ruleBroken(
                    DEFENSE_JURY_TOO_SMALL, "A jury has at least two distinct members, not " + jury.size() + "."));
        }
        if (!defenseAt.isAfter(issuedAt)) {
            return Optional.of(Decision.ruleBroken(
                    DEFENSE_IN_THE_PAST, "A defense is scheduled in the future, not at " + defenseAt + "."));
        }
        return Optional.empty();
    }
}
