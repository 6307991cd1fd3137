package edu.lifecycle.admissions.application.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.admissions.application.Applicants;
import edu.lifecycle.admissions.application.Application;
import edu.lifecycle.admissions.application.stream.ApplicationView;
import edu.lifecycle.admissions.privacy.InMemoryKeyRings;
import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.command.OutcomeStore;
import edu.lifecycle.servicekit.command.PendingOutcomes;
import edu.lifecycle.servicekit.command.RecentOutcomes;
import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.topic.TopicNames;
import edu.lifecycle.servicekit.web.ProblemResponses;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The JSON of {@code GET /api/v1/applications/{id}} and of a command's outcome, byte for byte, for a file that went
 * through every step: what clients read stays flat and the same whatever shape the aggregate's state takes inside.
 */
class ApplicationQueryJsonTest {

    private static final String IDENTITY =
            "\"applicant\":{\"fullName\":\"Camille Martin\",\"email\":\"camille.martin@example.org\"}";

    /** What the release before this change (commit 8bee16d) answered for {@link Applicants#throughEveryStep()}. */
    private static final String SHOWN = ""
            + "{\"studentId\":\"S-0001\",\"status\":\"WITHDRAWN\",\"programme\":\"M2-ISD\",\"academicYear\":\"2026-2027\","
            + IDENTITY + ","
            + "\"personalDataErased\":false,\"priorDegree\":{\"title\":\"Master 1 International Relations\","
            + "\"institution\":\"Université Jean Moulin Lyon 3\",\"country\":\"FR\",\"ects\":180},"
            + "\"preferredStream\":\"PROFESSIONAL\",\"preferredScheme\":\"INITIAL\","
            + "\"submittedAt\":\"2026-03-02T09:00:00Z\",\"eligibility\":{\"eligible\":true,"
            + "\"reasons\":[\"INSUFFICIENT_ECTS\"],\"requiredEcts\":240,\"overridden\":true,"
            + "\"overrideReason\":\"equivalent experience\"},\"exam\":{\"writtenMark\":14.50,\"interviewMark\":15.00,"
            + "\"averageMark\":14.75,\"outOf\":20},\"admission\":{\"decision\":\"WAITLISTED\","
            + "\"reason\":\"capacity reached\",\"decidedAt\":\"2026-03-23T09:00:00Z\","
            + "\"promotedAt\":\"2026-04-01T09:00:00Z\"},\"enrollment\":{\"stream\":\"PROFESSIONAL\","
            + "\"scheme\":\"APPRENTICESHIP\",\"registeredOn\":\"2026-04-11\"},"
            + "\"withdrawal\":{\"reason\":\"accepted another offer\",\"withdrawnAt\":\"2026-05-01T09:00:00Z\"},"
            + "\"lastChangedAt\":\"2026-05-01T09:00:00Z\"}";

    /**
     * The same application in a command's outcome, as that release wrote it: kept on a topic, so without name and
     * e-mail, and otherwise the same bytes.
     */
    private static final String IN_OUTCOME = SHOWN.replace(IDENTITY, "\"applicant\":null");

    @Test
    void anApplicationIsShownFlatWithEveryStepItWentThrough() throws Exception {
        var body = mvcHolding(Applicants.throughEveryStep())
                .perform(get("/api/v1/applications/" + Applicants.STUDENT))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).isEqualTo(SHOWN);
    }

    @Test
    void aCommandsOutcomeShowsTheSameFlatApplicationWithoutIdentity() {
        assertThat(KitJson.toTree(ApplicationView.withoutIdentity(Applicants.throughEveryStep()))
                        .toString())
                .isEqualTo(IN_OUTCOME);
    }

    @SuppressWarnings("unchecked")
    private static MockMvc mvcHolding(Application application) {
        var self = new ThisInstance("localhost", () -> 8080);
        var streams = mock(KafkaStreams.class);
        when(streams.state()).thenReturn(KafkaStreams.State.RUNNING);
        when(streams.queryMetadataForKey(anyString(), any(), any(Serializer.class)))
                .thenReturn(new KeyQueryMetadata(self.hostInfo(), Set.of(), 0));
        ReadOnlyKeyValueStore<String, Application> store = mock(ReadOnlyKeyValueStore.class);
        when(store.get(Applicants.STUDENT)).thenReturn(application);
        when(streams.store(any(StoreQueryParameters.class))).thenReturn(store);
        var stores = new StoreQueries(name -> Optional.of(streams), self);
        var forwarder = new InstanceForwarder(self, Duration.ofSeconds(1));
        var outcomes = new OutcomeStore(new RecentOutcomes(10), stores, forwarder);
        var pending = new PendingOutcomes();
        var commands =
                CommandTopics.forService(TopicNames.unprefixed(), "admissions").commands();
        var producer = new MockProducer<String, CommandEnvelope>(
                true, null, new StringSerializer(), commands.valueSerde().serializer());
        var gateway =
                new CommandGateway(producer, commands, pending, outcomes, Clock.systemUTC(), Duration.ofMillis(1));
        var personal = new PersonalFields(
                new PersonalDataKeys(new InMemoryKeyRings(), 10, Duration.ofMinutes(1), Clock.systemUTC()));
        return MockMvcBuilders.standaloneSetup(new ApplicationController(
                        gateway,
                        new KeyQueryRouter(stores, forwarder),
                        new AwaitingFinalDecision(pending, outcomes, Duration.ofMillis(1)),
                        personal))
                .setControllerAdvice(new ProblemResponses())
                .build();
    }
}
