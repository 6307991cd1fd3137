package edu.lifecycle.chaos.faults;

import edu.lifecycle.chaos.system.ChaosSystem;
import edu.lifecycle.chaos.system.ServiceInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;

/**
 * Plays a fault schedule against the running system, one fault at a time: a {@code kill -9} of a service instance
 * (restarted after its down time, its recovery measured), or a clean stop of one broker, restarted after its down
 * time and awaited before the next fault. Every wait is bounded.
 */
public final class FaultInjector {

    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(180);

    private final ChaosSystem system;
    private final List<Fault> plan;
    private final List<RecoveryMeter.Recovery> recoveries = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private int kills;
    private int brokerRestarts;

    public FaultInjector(ChaosSystem system, List<Fault> plan) {
        this.system = system;
        this.plan = List.copyOf(plan);
    }

    /** Plays every fault of the plan; {@code loadRunning} only tells the log which faults struck under load. */
    public void run(AtomicBoolean loadRunning, Consumer<String> progress) {
        try (var admin = Admin.create(system.cluster().adminClient())) {
            var meter = new RecoveryMeter(admin);
            for (var fault : plan) {
                LockSupport.parkNanos(fault.after().toNanos());
                var underLoad = loadRunning.get() ? " (under load)" : " (load finished)";
                if (fault.brokerRestart()) {
                    int node = fault.broker();
                    long begin = System.nanoTime();
                    system.cluster().stopNode(node);
                    LockSupport.parkNanos(fault.down().toNanos());
                    system.cluster().startNode(node);
                    system.cluster().awaitBrokers(3);
                    brokerRestarts++;
                    var line = fault.target() + " stopped and restarted, back after "
                            + Duration.ofNanos(System.nanoTime() - begin).toMillis() + " ms" + underLoad;
                    log.add(line);
                    progress.accept(line);
                } else {
                    var instance = find(fault.target());
                    var recovery = meter.killAndMeasure(instance, fault.down(), RECOVERY_LIMIT);
                    kills++;
                    recoveries.add(recovery);
                    var line = "kill -9 " + fault.target() + ", restarted after "
                            + fault.down().toMillis()
                            + " ms, partitions processed again after "
                            + recovery.waited().map(d -> d.toMillis() + " ms").orElse("more than " + RECOVERY_LIMIT)
                            + " (" + recovery.partitions() + " partitions with work)" + underLoad;
                    log.add(line);
                    progress.accept(line);
                }
            }
        }
    }

    private ServiceInstance find(String name) {
        return system.allInstances().stream()
                .filter(instance -> instance.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No instance " + name));
    }

    public int kills() {
        return kills;
    }

    public int brokerRestarts() {
        return brokerRestarts;
    }

    public List<RecoveryMeter.Recovery> recoveries() {
        return List.copyOf(recoveries);
    }

    /** The measured waits of the kills whose partitions had work; unrecovered ones are reported apart. */
    public List<Duration> measuredWaits() {
        var waits = new ArrayList<Duration>();
        recoveries.stream()
                .filter(r -> r.partitions() > 0)
                .forEach(r -> r.waited().ifPresent(waits::add));
        return waits;
    }

    public List<String> log() {
        return List.copyOf(log);
    }
}
