package edu.lifecycle.servicekit.deadletter;

import edu.lifecycle.servicekit.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.kafka.common.header.Header;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's view of this service's dead letters, one topic per consumer (its command side and its read models):
 * list them by source topic, reason and time, show one decoded, replay one or all to the consumer after a fix, purge.
 * Any instance answers for the whole service: the dead letters are read from the broker, not from a local store.
 */
@RestController
@Validated
@Tag(name = "Operations", description = "What an operator needs to see")
public class DeadLettersController {

    public static final String PATH = "/api/v1/dead-letters";
    private static final String DEAD_LETTER_ID = "[0-9]{1,9}-[0-9]{1,19}";

    private final List<String> consumers;
    private final DeadLetterLog log;
    private final BiFunction<String, byte[], String> avro;

    /**
     * @param consumers the service's Streams application ids
     * @param avro decodes a Confluent-framed Avro value read from a topic to its JSON text; {@code null} without a
     *     registry
     */
    public DeadLettersController(List<String> consumers, DeadLetterLog log, BiFunction<String, byte[], String> avro) {
        this.consumers = List.copyOf(consumers);
        this.log = log;
        this.avro = avro;
    }

    /** The service's consumers and the dead letters that match, oldest first. */
    public record DeadLetters(List<String> consumers, List<DeadLetter> items) {}

    /** One dead letter, its headers as text and its value decoded where possible. */
    public record ShownDeadLetter(DeadLetter letter, Map<String, String> headers, DeadLetterContent content) {}

    /** What a replay of several dead letters did. */
    public record Replays(List<DeadLetterLog.Replayed> replayed, int skippedAsReplayedBefore) {}

    /** How many dead letters a purge deleted. */
    public record Purge(String consumer, long purged) {}

    @GetMapping(PATH)
    @Operation(
            summary = "This service's dead letters",
            description = "Records a consumer of this service could not use, oldest first, with where they came from, "
                    + "why and when; filter by consumer, source topic, reason and time.")
    public ResponseEntity<?> list(
            @Parameter(description = "A consumer (Streams application id) of this service; all by default")
                    @RequestParam(required = false)
                    String consumer,
            @Parameter(description = "The topic they were read from") @RequestParam(required = false)
                    String sourceTopic,
            @Parameter(description = "The exception's simple class name, or part of the reason")
                    @RequestParam(required = false)
                    String reason,
            @Parameter(description = "Set aside at or after (ISO-8601)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant from,
            @Parameter(description = "Set aside before (ISO-8601)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant to) {
        if (consumer != null && !consumers.contains(consumer)) {
            return unknownConsumer(consumer);
        }
        var filter = new DeadLetterFilter(sourceTopic, reason, from, to);
        List<DeadLetter> items = (consumer == null ? consumers : List.of(consumer))
                .stream().flatMap(each -> log.list(each, filter).stream()).toList();
        return ResponseEntity.ok(new DeadLetters(consumers, items));
    }

    @GetMapping(PATH + "/{consumer}/{deadLetterId}")
    @Operation(summary = "One dead letter, decoded where possible (JSON, Avro by its writer schema, else Base64)")
    public ResponseEntity<?> show(
            @PathVariable String consumer, @PathVariable @Pattern(regexp = DEAD_LETTER_ID) String deadLetterId) {
        if (!consumers.contains(consumer)) {
            return unknownConsumer(consumer);
        }
        return find(consumer, deadLetterId)
                .<ResponseEntity<?>>map(stored -> ResponseEntity.ok(new ShownDeadLetter(
                        stored.letter(),
                        headersOf(stored),
                        DeadLetterContent.of(stored.value(), stored.letter().sourceTopic(), avro))))
                .orElseGet(() -> unknownDeadLetter(consumer, deadLetterId));
    }

    @PostMapping(PATH + "/{consumer}/{deadLetterId}/replay")
    @Operation(
            summary = "Replay one dead letter to the consumer that set it aside",
            description = "Once the defect is fixed. The consumer applies it at most once: a command by its id, an "
                    + "event by the command id its policy derives from the event id. Answers 202: the consumer "
                    + "applies it shortly after.")
    public ResponseEntity<?> replay(
            @PathVariable String consumer, @PathVariable @Pattern(regexp = DEAD_LETTER_ID) String deadLetterId) {
        if (!consumers.contains(consumer)) {
            return unknownConsumer(consumer);
        }
        var stored = find(consumer, deadLetterId);
        if (stored.isEmpty()) {
            return unknownDeadLetter(consumer, deadLetterId);
        }
        try {
            return ResponseEntity.accepted().body(log.replay(stored.get()));
        } catch (NotReplayableException e) {
            return notReplayable(e);
        }
    }

    @PostMapping(PATH + "/{consumer}/replay")
    @Operation(
            summary = "Replay every matching dead letter of a consumer not replayed yet",
            description = "With again=true, also those replayed before (harmless: each is applied at most once).")
    public ResponseEntity<?> replayAll(
            @PathVariable String consumer,
            @RequestParam(required = false) String sourceTopic,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "false") boolean again) {
        if (!consumers.contains(consumer)) {
            return unknownConsumer(consumer);
        }
        var filter = new DeadLetterFilter(sourceTopic, reason, from, to);
        var matching = log.stored(consumer).stream()
                .filter(stored -> filter.matches(stored.letter()))
                .toList();
        var chosen = matching.stream()
                .filter(stored -> again || !stored.letter().replayed())
                .toList();
        try {
            return ResponseEntity.accepted().body(new Replays(log.replay(chosen), matching.size() - chosen.size()));
        } catch (NotReplayableException e) {
            return notReplayable(e);
        }
    }

    @DeleteMapping(PATH + "/{consumer}")
    @Operation(
            summary = "Purge a consumer's dead letters",
            description = "All of them, or those set aside before a time. They expire anyway after the configured "
                    + "retention (lifecycle.kit.dead-letter-retention, 30 days by default).")
    public ResponseEntity<?> purge(
            @PathVariable String consumer,
            @Parameter(description = "Only those set aside before (ISO-8601)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant before) {
        if (!consumers.contains(consumer)) {
            return unknownConsumer(consumer);
        }
        return ResponseEntity.ok(new Purge(consumer, log.purge(consumer, before)));
    }

    private java.util.Optional<StoredDeadLetter> find(String consumer, String deadLetterId) {
        int dash = deadLetterId.indexOf('-');
        return log.find(
                consumer,
                Integer.parseInt(deadLetterId.substring(0, dash)),
                Long.parseLong(deadLetterId.substring(dash + 1)));
    }

    private static Map<String, String> headersOf(StoredDeadLetter stored) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : stored.headers()) {
            headers.put(
                    header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private ResponseEntity<Object> unknownConsumer(String consumer) {
        return Problems.notFound("No consumer " + consumer + " in this service; its consumers are " + consumers);
    }

    private static ResponseEntity<Object> unknownDeadLetter(String consumer, String deadLetterId) {
        return Problems.notFound("No dead letter " + deadLetterId + " of " + consumer + " (purged, expired or never)");
    }

    private static ResponseEntity<Object> notReplayable(NotReplayableException e) {
        var problem = Problems.problem(HttpStatus.CONFLICT, "Not replayable", e.getMessage());
        problem.setProperty("rule", "dead-letter-not-replayable");
        return Problems.response(problem);
    }
}
