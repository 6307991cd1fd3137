package edu.lifecycle.servicekit.command;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The person who sends a command is taken from their token, and travels with the command. */
class CommandActorTest {

    sealed interface ExamCommand {
        record GradeExam(String studentId, String mark, Instant issuedAt) implements ExamCommand {}
    }

    private static final CommandCodec<ExamCommand> CODEC =
            CommandCodec.of(ExamCommand.class).build();

    private final edu.lifecycle.servicekit.topic.Topic<String, CommandEnvelope> commands =
            CommandTopics.commandsTopic("ledger.commands");
    private final MockProducer<String, CommandEnvelope> producer = new MockProducer<>(
            true, null, new StringSerializer(), commands.valueSerde().serializer());
    private final ThisInstance self = new ThisInstance("127.0.0.1", () -> 8080);
    private final CommandGateway gateway = new CommandGateway(
            producer,
            commands,
            new PendingOutcomes(),
            new OutcomeStore(
                    new RecentOutcomes(10),
                    new StoreQueries(store -> Optional.empty(), self),
                    new InstanceForwarder(self, Duration.ofMillis(100))),
            Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC),
            Duration.ofMillis(10));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCommandSentForASignedInOfficerNamesThemByTheirPreferredUsername() {
        signIn(Map.of("sub", "6f1c-uuid", "preferred_username", "officer.dupont"));

        gateway.submit(null, CODEC, meta -> new ExamCommand.GradeExam("STU-1", "14.50", meta.issuedAt()));

        assertThat(producer.history().get(0).value().actor()).isEqualTo("officer.dupont");
    }

    @Test
    void withoutAUsernameTheSubjectNamesThem() {
        signIn(Map.of("sub", "6f1c-uuid"));

        gateway.submit(null, CODEC, meta -> new ExamCommand.GradeExam("STU-1", "14.50", meta.issuedAt()));

        assertThat(producer.history().get(0).value().actor()).isEqualTo("6f1c-uuid");
    }

    @Test
    void aCommandNoPersonSentHasNoActor() {
        gateway.submit(null, CODEC, meta -> new ExamCommand.GradeExam("STU-1", "14.50", meta.issuedAt()));

        assertThat(producer.history().get(0).value().actor()).isNull();
    }

    private static void signIn(Map<String, Object> claims) {
        var jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .claims(c -> c.putAll(claims))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }
}
