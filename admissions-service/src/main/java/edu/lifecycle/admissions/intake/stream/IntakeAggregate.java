package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.Intake;
import edu.lifecycle.admissions.intake.IntakeCommand;
import edu.lifecycle.admissions.intake.IntakeDecider;
import edu.lifecycle.admissions.intake.IntakeEvent;
import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.stream.AggregateLogic;
import edu.lifecycle.servicekit.stream.AggregateSpec;
import edu.lifecycle.servicekit.stream.DeciderAggregateSpec;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;
import java.util.Optional;

/**
 * The intake of one programme year as the kit runs it: it places applicants within capacity and promotes from the
 * waitlist, and tells each application the outcome through the {@link IntakeNotices} it is given.
 */
public final class IntakeAggregate extends DeciderAggregateSpec<Intake, IntakeCommand, IntakeEvent> {

    public static final String NAME = "intake";
    public static final String STATE_STORE = AggregateSpec.stateStoreOf(NAME);

    private final IntakeNotices notices;

    /** @param notices what each decision tells the applications */
    public IntakeAggregate(IntakeDecider decider, IntakeNotices notices) {
        super(new AggregateLogic<>(
                NAME, Intake.class, key -> Intake.empty(keyOf(key)), decider::decide, decider::evolve));
        this.notices = notices;
    }

    @Override
    public IntakeCommand toCommand(CommandEnvelope envelope) {
        var intake = keyOf(envelope.aggregateKey());
        return switch (envelope.type()) {
            case IntakePayloads.PLACE_APPLICANT -> {
                var body = envelope.payloadAs(IntakePayloads.PlaceApplicant.class);
                yield new IntakeCommand.PlaceApplicant(
                        envelope.commandId(),
                        intake,
                        body.studentId(),
                        envelope.issuedAt(),
                        body.requested(),
                        Optional.ofNullable(body.reason()),
                        body.examScore(),
                        Optional.ofNullable(envelope.actor()));
            }
            case IntakePayloads.RELEASE_SEAT ->
                new IntakeCommand.ReleaseSeat(
                        envelope.commandId(),
                        intake,
                        envelope.payloadAs(IntakePayloads.ReleaseSeat.class).studentId(),
                        envelope.issuedAt());
            default -> throw new IllegalArgumentException("Unknown intake command type '" + envelope.type() + "'");
        };
    }

    @Override
    public Object view(Intake state) {
        return IntakeView.of(state);
    }

    @Override
    public List<Publication> publish(EventContext context, IntakeEvent event) {
        return notices.of(context, event);
    }

    @Override
    public List<Topic<?, ?>> outputs() {
        return notices.topics();
    }

    private static IntakeKey keyOf(String key) {
        return IntakeKey.parse(key)
                .orElseThrow(() -> new IllegalArgumentException("Not an intake key (programme/year): '" + key + "'"));
    }
}
