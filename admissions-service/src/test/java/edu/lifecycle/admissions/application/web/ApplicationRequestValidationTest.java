package edu.lifecycle.admissions.application.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.admissions.privacy.InMemoryKeyRings;
import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.command.IdempotencyKeyResolver;
import edu.lifecycle.servicekit.command.OutcomeStore;
import edu.lifecycle.servicekit.command.PendingOutcomes;
import edu.lifecycle.servicekit.command.RecentOutcomes;
import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.topic.TopicNames;
import edu.lifecycle.servicekit.web.Identifiers;
import edu.lifecycle.servicekit.web.ProblemResponses;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Implausible numbers and years in application requests are bad input: 400 with a problem naming the field, before
 * any command is sent. No broker: a plausible request reaches the gateway, whose wait runs out at once (202).
 */
class ApplicationRequestValidationTest {

    private final MockMvc mvc;
    private final MockProducer<String, CommandEnvelope> producer;
    private final InMemoryKeyRings keyRings = new InMemoryKeyRings();

    ApplicationRequestValidationTest() {
        var self = new ThisInstance("localhost", () -> 8080);
        var stores = new StoreQueries(store -> Optional.empty(), self);
        var forwarder = new InstanceForwarder(self, Duration.ofSeconds(1));
        var outcomes = new OutcomeStore(new RecentOutcomes(10), stores, forwarder);
        var pending = new PendingOutcomes();
        var commands =
                CommandTopics.forService(TopicNames.unprefixed(), "admissions").commands();
        producer = new MockProducer<>(
                true, null, new StringSerializer(), commands.valueSerde().serializer());
        var gateway =
                new CommandGateway(producer, commands, pending, outcomes, Clock.systemUTC(), Duration.ofMillis(1));
        mvc = MockMvcBuilders.standaloneSetup(new ApplicationController(
                        gateway,
                        new KeyQueryRouter(stores, forwarder),
                        new AwaitingFinalDecision(pending, outcomes, Duration.ofMillis(1)),
                        new PersonalFields(
                                new PersonalDataKeys(keyRings, 10, Duration.ofMinutes(1), Clock.systemUTC()))))
                .setCustomArgumentResolvers(new IdempotencyKeyResolver())
                .setControllerAdvice(new ProblemResponses())
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-1901", "1999-2000", "2200-2201", "9999-10000", "2026/2027", "2026-2028", "26-27"})
    void refusesAnAcademicYearThatIsMalformedOrImplausible(String year) throws Exception {
        assertBadField(submit(application(year, 240)), "academicYear");
    }

    @ParameterizedTest
    @ValueSource(ints = {601, 99_999_999})
    void refusesPriorStudiesWorthMoreThanTenYears(int ects) throws Exception {
        assertBadField(submit(application("2026-2027", ects)), "priorDegree.ects");
    }

    @Test
    void acceptsPriorStudiesWorthTenYearsInAnOpenYearToCome() throws Exception {
        submit(application("2027-2028", 600)).andExpect(status().isAccepted());
    }

    @ParameterizedTest
    @CsvSource({
        "20.01, 12, writtenMark",
        "-0.01, 12, writtenMark",
        "12.125, 12, writtenMark",
        "12, 1E+3, interviewMark",
        "12, 99999999, interviewMark",
        "12, 10.001, interviewMark",
    })
    void refusesAMarkThatIsNotOutOfTwentyWithTwoDecimals(String written, String interview, String field)
            throws Exception {
        var graded = mvc.perform(post("/api/v1/applications/stu-1/exam")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"writtenMark\":" + written + ",\"interviewMark\":" + interview + "}"));

        assertBadField(graded, field);
    }

    @ParameterizedTest
    @CsvSource({"12.500, 20", "0, 20.00"})
    void acceptsMarksOutOfTwentyWithAtMostTwoSignificantDecimals(String written, String interview) throws Exception {
        mvc.perform(post("/api/v1/applications/stu-1/exam")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"writtenMark\":" + written + ",\"interviewMark\":" + interview + "}"))
                .andExpect(status().isAccepted());
    }

    @Test
    void aSubmissionReachesTheCommandsTopicWithNameAndEmailSealedUnderTheStudentsNewKey() throws Exception {
        submit(application("2026-2027", 240)).andExpect(status().isAccepted());

        assertThat(producer.history()).singleElement().satisfies(record -> {
            var payload = record.value().payload().toString();
            assertThat(payload)
                    .doesNotContain("Camille Martin")
                    .doesNotContain("camille@example.org")
                    .contains("Université Grenoble Alpes");
            var key = keyRings.read("stu-1").orElseThrow().ring().newest();
            assertThat(payload).contains("\"pd1:" + key.id() + ":");
        });
    }

    @Test
    void aRetriedSubmissionSealsTheSameTextSoItsIdempotencyKeyStillAnswers() throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/applications")
                            .header("Idempotency-Key", "retry-1")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(application("2026-2027", 240)))
                    .andExpect(status().isAccepted());
        }

        assertThat(producer.history()).hasSize(2);
        assertThat(producer.history().get(1).value().fingerprint())
                .isEqualTo(producer.history().get(0).value().fingerprint());
        assertThat(producer.history())
                .allSatisfy(sent -> assertThat(sent.value().commandId()).isEqualTo("retry-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "retry 1", "k;1"})
    void aBlankOrMalformedIdempotencyKeyIsAProblemNamingTheHeaderAndSendsNothing(String key) throws Exception {
        assertIdempotencyKeyRefused(key);
    }

    @Test
    void anIdempotencyKeyOfMoreThan100CharactersIsAProblemNamingTheHeaderAndSendsNothing() throws Exception {
        assertIdempotencyKeyRefused("k".repeat(101));
    }

    @Test
    void withoutAnIdempotencyKeyEachSubmissionIsANewCommand() throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            submit(application("2026-2027", 240)).andExpect(status().isAccepted());
        }

        assertThat(producer.history()).hasSize(2);
        assertThat(producer.history().get(1).key())
                .isEqualTo(producer.history().get(0).key());
        assertThat(producer.history().get(1).value().commandId())
                .isNotEqualTo(producer.history().get(0).value().commandId());
    }

    private void assertIdempotencyKeyRefused(String key) throws Exception {
        mvc.perform(post("/api/v1/applications")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(application("2026-2027", 240)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Header Idempotency-Key must be " + Identifiers.RULE + "."))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                .andExpect(jsonPath("$.errors[0].message").value("must be " + Identifiers.RULE));
        assertThat(producer.history()).isEmpty();
    }

    private ResultActions submit(String body) throws Exception {
        return mvc.perform(post("/api/v1/applications")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static void assertBadField(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(answer ->
                        assertThat(answer.getResponse().getContentAsString()).contains("\"field\":\"" + field + "\""));
    }

    private static String application(String year, int ects) {
        return """
                {"studentId":"stu-1","programme":"M2-ISD","academicYear":"%s",
                 "priorDegree":{"title":"Master 1 Political Science","institution":"Université Grenoble Alpes",
                                "country":"FR","ects":%d},
                 "preferredStream":"PROFESSIONAL","preferredScheme":"INITIAL",
                 "fullName":"Camille Martin","email":"camille@example.org"}
                """.formatted(year, ects);
    }
}
