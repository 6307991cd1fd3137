package edu.lifecycle.servicekit.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Makes an instance a static member of its Streams applications' consumer groups ({@code group.instance.id}), so
 * that after a crash ({@code kill -9}) the restarted instance takes its partitions back at once, instead of waiting
 * for the dead member's session to time out (45 s) while every command waits and answers 202.
 *
 * <p>The id must be the same across restarts and different for every instance: it is kept in the instance's state
 * folder, which survives restarts and which no two instances share (RocksDB locks it). A configured id wins.
 */
public final class StaticMembership {

    static final String FILE = "lifecycle-instance-id";

    private StaticMembership() {}

    /** The configured id, or the one kept in {@code stateDir} (made on first start). */
    public static String instanceId(String configured, Path stateDir) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = stateDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            Files.createDirectories(stateDir);
            String made = UUID.randomUUID().toString();
            Files.writeString(file, made + "\n", StandardCharsets.UTF_8);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the instance id in " + file, e);
        }
    }

    /** The folder Kafka Streams keeps state in when {@code state.dir} is not set. */
    public static Path defaultStateDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams");
    }

    /** Sets the main consumer's {@code group.instance.id}; Streams suffixes it with each thread's index. */
    public static void apply(Properties streamsConfig, String instanceId) {
        streamsConfig.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), instanceId);
    }
}
