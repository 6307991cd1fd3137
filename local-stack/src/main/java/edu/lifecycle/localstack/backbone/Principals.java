package edu.lifecycle.localstack.backbone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The principals of the system and the public topics they meet. A service is a principal named after it; its
 * Streams application id is, outside tests, its {@code spring.application.name}.
 */
public final class Principals {

    /** Creates users, topics and ACLs; used for nothing else. A super user. */
    public static final String ADMIN = "admin";
    /** The schema registry's own login to Kafka, for its {@code _schemas} topic. */
    public static final String SCHEMA_REGISTRY = "schema-registry";
    /** An outside system reading the four public event topics. */
    public static final String SUBSCRIBER = "subscriber";
    /** An outside system reading the personal data of {@value #STUDENT_PROFILES_TOPIC}, and nothing else. */
    public static final String STUDENT_PROFILES_READER = "student-profiles-reader";

    public static final List<String> SERVICES = List.of("admissions", "billing", "curriculum", "placement");

    public static final List<String> PUBLIC_EVENT_TOPICS =
            List.of("admissions.events", "billing.events", "curriculum.events", "placement.events");
    public static final String STUDENT_PROFILES_TOPIC = "admissions.student-profiles";
    /** Each person's data keys (crypto-shredding): admissions' alone, like every {@code admissions.} topic. */
    public static final String PERSONAL_DATA_KEYS_TOPIC = "admissions.personal-data-keys";
    /**
     * The compacted topics whose superseded values admissions bounds in time ({@code segment.ms},
     * {@code max.compaction.lag.ms}) on every start: it may alter their configuration, and no other.
     */
    public static final List<String> BOUNDED_COMPACTION_TOPICS =
            List.of(STUDENT_PROFILES_TOPIC, PERSONAL_DATA_KEYS_TOPIC);

    /** The other services' public topics each service reads (its catalogue minus its own topics). */
    static final Map<String, List<String>> READS = Map.of(
            "admissions", List.of("billing.events", "curriculum.events", "placement.events"),
            "billing", List.of("admissions.events", "placement.events"),
            "curriculum", List.of("admissions.events", "billing.events", "placement.events"),
            "placement", List.of("admissions.events", "curriculum.events"));

    private Principals() {}

    /** Everyone who logs in to Kafka, but for the broker itself. */
    public static List<String> all() {
        var all = new ArrayList<>(List.of(ADMIN, SCHEMA_REGISTRY, SUBSCRIBER, STUDENT_PROFILES_READER));
        all.addAll(SERVICES);
        return List.copyOf(all);
    }

    /** The other services' public topics a service reads. */
    public static List<String> readsOf(String service) {
        var reads = READS.get(service);
        if (reads == null) {
            throw new IllegalArgumentException(service + " is not a service of the system: " + SERVICES);
        }
        return reads;
    }

    /** The Streams application id a service uses unless told otherwise: its {@code spring.application.name}. */
    public static String applicationIdOf(String service) {
        return service + "-service";
    }

    /** Outside readers pick their consumer group ids, but only ids starting with this. */
    public static String groupPrefixOf(String reader) {
        return reader + "-";
    }
}
