package edu.lifecycle.benchmarks.serde;

import edu.lifecycle.registry.client.SchemaRegistryClientFactory;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The fix still proposed for schema-registry-client, measured beside plain Avro and our serde: see
 * {@link ProposedSerde}. Not part of the default run ({@code --sections=serde-fix}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SerdeFixBenchmark {

    @Param("TuitionAccountOpened")
    public String eventType;

    private SerdePair pair;
    private String topic;
    private SpecificRecord record;
    private byte[] framed;
    private ProposedSerde memo;

    @Setup(Level.Trial)
    public void setUp() {
        Class<? extends SpecificRecord> type = EventFixtures.eventType(eventType);
        pair = new SerdePair(type);
        topic = EventFixtures.topicOf(type);
        record = EventFixtures.fixture(type);
        String url = RegistryStub.shared().url();
        memo = new ProposedSerde(
                SchemaRegistryClientFactory.newClient(List.of(url), SerdeSettings.clientSettings(url)), type);
        framed = pair.serializeOurs();
        if (!Arrays.equals(memo.serialize(topic, record), framed) || !record.equals(memo.deserialize(topic, framed))) {
            throw new IllegalStateException("The proposed serde does not round-trip " + eventType);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pair.close();
    }

    @Benchmark
    public byte[] serializePlain() {
        return pair.serializePlain();
    }

    @Benchmark
    public byte[] serializeOurs() {
        return pair.serializeOurs();
    }

    @Benchmark
    public byte[] serializeMemo() {
        return memo.serialize(topic, record);
    }

    @Benchmark
    public Object deserializePlain() {
        return pair.deserializePlain();
    }

    @Benchmark
    public Object deserializeOurs() {
        return pair.deserializeOurs();
    }

    @Benchmark
    public Object deserializeMemo() {
        return memo.deserialize(topic, framed);
    }
}
