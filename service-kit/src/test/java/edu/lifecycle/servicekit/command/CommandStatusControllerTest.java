package edu.lifecycle.servicekit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import edu.lifecycle.servicekit.decision.Rejection;
import edu.lifecycle.servicekit.decision.RejectionKind;
import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The status URL of a follow-up command (the client's request sets off a second command, which sets off a third) while
 * the follow-up is not decided: unknown while every step before it is accepted or on its way, the refusal of a step
 * before it once that step is refused, since the follow-up will then never be sent.
 */
class CommandStatusControllerTest {

    private static final Instant AT = Instant.parse("2026-09-01T08:00:00Z");
    private static final String REQUEST = "client-key-1";
    private static final String SECOND = "second:" + REQUEST;
    private static final String THIRD = "third:" + SECOND;

    private final RecentOutcomes recent = new RecentOutcomes(100);
    private final CommandStatusController controller =
            controller(commandId -> commandId.equals(THIRD) ? List.of(REQUEST, SECOND) : List.of());

    @Test
    void aFollowUpWhoseStepsAreAcceptedButWhichIsNotDecidedIsUnknownForNow() {
        recent.remember(CommandOutcome.accepted(REQUEST, "stu-1", null, AT));
        recent.remember(CommandOutcome.accepted(SECOND, "intake-1", null, AT));

        ResponseEntity<?> answer = controller.outcome(THIRD, request(THIRD));

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).contains("still being decided");
    }

    @Test
    void aFollowUpWhoseFirstStepIsNotDecidedYetIsUnknownForNow() {
        assertThat(controller.outcome(THIRD, request(THIRD)).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void aFollowUpWhoseRequestWasRefusedAnswersWithThatRefusal() {
        var refused = CommandOutcome.rejected(
                REQUEST, "stu-1", new Rejection("exam-not-graded", RejectionKind.CONFLICT, "Not graded."), AT);
        recent.remember(refused);

        ResponseEntity<?> answer = controller.outcome(THIRD, request(THIRD));

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo(refused);
    }

    @Test
    void aFollowUpWhoseMiddleStepWasRefusedAnswersWithThatRefusal() {
        recent.remember(CommandOutcome.accepted(REQUEST, "stu-1", null, AT));
        var refused = CommandOutcome.rejected(
                SECOND, "intake-1", new Rejection("year-closed", RejectionKind.RULE_BROKEN, "Closed."), AT);
        recent.remember(refused);

        assertThat(controller.outcome(THIRD, request(THIRD)).getBody()).isEqualTo(refused);
    }

    @Test
    void aDecidedFollowUpAnswersWithItsOwnOutcome() {
        recent.remember(CommandOutcome.accepted(REQUEST, "stu-1", null, AT));
        recent.remember(CommandOutcome.accepted(SECOND, "intake-1", null, AT));
        var decided = CommandOutcome.accepted(THIRD, "stu-1", null, AT);
        recent.remember(decided);

        assertThat(controller.outcome(THIRD, request(THIRD)).getBody()).isEqualTo(decided);
    }

    @Test
    void withoutEarlierStepsACommandNotDecidedIsUnknownWhateverElseWasRefused() {
        recent.remember(CommandOutcome.rejected(
                REQUEST, "stu-1", new Rejection("exam-not-graded", RejectionKind.CONFLICT, "Not graded."), AT));

        var plain = controller(EarlierSteps.NONE);

        assertThat(plain.outcome(THIRD, request(THIRD)).getStatusCode().value()).isEqualTo(404);
    }

    /** A controller on an instance that owns every key and whose outcomes store holds only what {@link #recent} does. */
    @SuppressWarnings("unchecked")
    private CommandStatusController controller(EarlierSteps steps) {
        var streams = mock(KafkaStreams.class);
        var self = new ThisInstance("self", () -> 8080);
        when(streams.state()).thenReturn(KafkaStreams.State.RUNNING);
        when(streams.queryMetadataForKey(anyString(), anyString(), any(Serializer.class)))
                .thenReturn(new KeyQueryMetadata(new HostInfo("self", 8080), Set.of(), 0));
        when(streams.store(any(StoreQueryParameters.class))).thenReturn(mock(ReadOnlyKeyValueStore.class));
        var queries = new StoreQueries(store -> Optional.of(streams), self);
        var forwarder = new InstanceForwarder(self, Duration.ofMillis(200));
        return new CommandStatusController(
                recent,
                new KeyQueryRouter(queries, forwarder),
                queries,
                new OutcomeStore(recent, queries, forwarder),
                steps);
    }

    private static MockHttpServletRequest request(String commandId) {
        return new MockHttpServletRequest("GET", CommandStatusController.location(commandId));
    }
}
