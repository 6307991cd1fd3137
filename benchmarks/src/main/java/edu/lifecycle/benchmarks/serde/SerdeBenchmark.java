package edu.lifecycle.benchmarks.serde;

import java.util.concurrent.TimeUnit;
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
 * Serialize and deserialize one event type with our serde and with plain Avro. {@link SerdeSection} runs it once per
 * event type so that the four methods of a type run back to back and the ratio compares like with like.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SerdeBenchmark {

    /** Simple name of the event type; the suite sets it, the default only serves a bare JMH run. */
    @Param("TuitionAccountOpened")
    public String eventType;

    private SerdePair pair;

    @Setup(Level.Trial)
    public void setUp() {
        pair = new SerdePair(EventFixtures.eventType(eventType));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            pair.requireSteadyState();
        } finally {
            pair.close();
        }
    }

    @Benchmark
    public byte[] serializeOurs() {
        return pair.serializeOurs();
    }

    @Benchmark
    public byte[] serializeOursOnMockRegistry() {
        return pair.serializeOursOnMockRegistry();
    }

    @Benchmark
    public byte[] serializePlain() {
        return pair.serializePlain();
    }

    @Benchmark
    public Object deserializeOurs() {
        return pair.deserializeOurs();
    }

    @Benchmark
    public Object deserializePlain() {
        return pair.deserializePlain();
    }
}
