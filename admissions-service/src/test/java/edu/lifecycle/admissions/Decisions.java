package edu.lifecycle.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.decision.Rejection;
import edu.lifecycle.servicekit.decision.RejectionKind;
import java.util.List;

/** Assertions on decisions, in the words the tests use. */
public final class Decisions {

    private Decisions() {}

    /** The events of an accepted decision; fails the test with the rejection otherwise. */
    public static <E> List<E> eventsOf(Decision<E> decision) {
        if (decision instanceof Decision.Accepted<E> accepted) {
            return accepted.events();
        }
        return fail("expected the command to be accepted, but it was refused: " + decision);
    }

    public static <E> Rejection rejectionOf(Decision<E> decision) {
        if (decision instanceof Decision.Rejected<E> rejected) {
            return rejected.rejection();
        }
        return fail("expected the command to be refused, but it was accepted: " + decision);
    }

    public static void assertRefused(Decision<?> decision, String rule, RejectionKind kind) {
        var rejection = rejectionOf(decision);
        assertThat(rejection.rule()).as("rule").isEqualTo(rule);
        assertThat(rejection.kind()).as("kind of %s", rule).isEqualTo(kind);
        assertThat(rejection.detail()).as("detail").isNotBlank();
    }

    public static void assertAcceptedWithoutEvents(Decision<?> decision) {
        assertThat(eventsOf(decision)).isEmpty();
    }
}
