package edu.lifecycle.servicekit.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsDefaultsTest {

    @Test
    void everyServiceRunsExactlyOnceWithDeadLettersAndShortCommits() {
        var settings = StreamsSettings.of("admissions", "broker:9092")
                .withStateDir("/data/streams")
                .withApplicationServer("host-a:8080");

        var config = new StreamsConfig(StreamsDefaults.properties(settings));

        assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
                .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(config.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(50);
        assertThat(config.getInt(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).isEqualTo(1);
        assertThat(config.getString(StreamsConfig.STATE_DIR_CONFIG)).isEqualTo("/data/streams");
        assertThat(config.getString(StreamsConfig.APPLICATION_SERVER_CONFIG)).isEqualTo("host-a:8080");
        assertThat(config.deserializationExceptionHandler()).isInstanceOf(DeadLetterDeserializationHandler.class);
        assertThat(config.processingExceptionHandler()).isInstanceOf(DeadLetterProcessingHandler.class);
        assertThat(config.getProducerConfigs("client").get("linger.ms")).isEqualTo(0);
    }

    @Test
    void commitIntervalIsASetting() {
        var settings = new StreamsSettings(
                "admissions", "broker:9092", null, Duration.ofMillis(100), null, null, 1024, (short) 1);

        assertThat(StreamsDefaults.properties(settings).get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))
                .isEqualTo(100L);
    }
}
