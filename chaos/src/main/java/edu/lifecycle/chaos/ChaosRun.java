package edu.lifecycle.chaos;

import edu.lifecycle.chaos.cluster.KafkaCluster;
import edu.lifecycle.chaos.faults.FaultInjector;
import edu.lifecycle.chaos.faults.FaultPlan;
import edu.lifecycle.chaos.faults.Percentiles;
import edu.lifecycle.chaos.faults.RecoveryMeter;
import edu.lifecycle.chaos.load.CarefulClient;
import edu.lifecycle.chaos.load.CommandLedger;
import edu.lifecycle.chaos.load.LoadGenerator;
import edu.lifecycle.chaos.load.StudentLifecycle;
import edu.lifecycle.chaos.oracle.DeadLetters;
import edu.lifecycle.chaos.oracle.EventLog;
import edu.lifecycle.chaos.oracle.ExactlyOnceCheck;
import edu.lifecycle.chaos.oracle.GroupOffsets;
import edu.lifecycle.chaos.oracle.PoisonCheck;
import edu.lifecycle.chaos.oracle.PoisonInjector;
import edu.lifecycle.chaos.oracle.ReadModelCheck;
import edu.lifecycle.chaos.oracle.SourcedEffectsCheck;
import edu.lifecycle.chaos.report.ChaosReport;
import edu.lifecycle.chaos.system.ChaosSystem;
import edu.lifecycle.chaos.system.ServiceInstance;
import edu.lifecycle.chaos.system.StopOnExit;
import edu.lifecycle.localstack.backbone.Principals;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;

/**
 * One chaos run: the system started as processes, the load played while the seeded faults strike, then the oracle.
 * Everything it waits for has a deadline, so a run ends even when the system under test does not recover; the
 * report then says so.
 */
public final class ChaosRun {

    /** A careful client gives up on one command after this long: its answer is then indeterminate. */
    static final Duration COMMAND_DEADLINE = Duration.ofMinutes(5);

    static final Duration SETTLE_LIMIT = Duration.ofMinutes(15);

    private ChaosRun() {}

    public static ChaosReport run(ChaosSettings settings, Consumer<String> progress) throws Exception {
        long begin = System.nanoTime();
        var runId = "r" + settings.seed();
        var report = new ChaosReport();
        try (var stopOnExit = StopOnExit.register();
                var system = ChaosSystem.start(
                        settings.directory(),
                        ChaosSettings.INSTANCES_PER_SERVICE,
                        settings.serviceArguments(),
                        progress);
                var admin = Admin.create(system.cluster().adminClient())) {
            var client = new CarefulClient(system.authorization(), COMMAND_DEADLINE);
            var ledger = new CommandLedger();
            var urls = new LinkedHashMap<String, List<String>>();
            system.instances()
                    .forEach((service, list) -> urls.put(
                            service, list.stream().map(ServiceInstance::url).toList()));
            var lifecycle = new StudentLifecycle(client, urls, ledger, Clock.systemUTC());
            var load = new LoadGenerator(lifecycle, runId, settings.workers());
            var plan = FaultPlan.of(
                    settings.seed(),
                    system.allInstances().stream().map(ServiceInstance::name).toList(),
                    KafkaCluster.NODES,
                    settings.kills(),
                    settings.brokerRestarts(),
                    settings.meanGap());
            var injector = new FaultInjector(system, plan);

            var poisons = PoisonInjector.inject(
                    system.cluster().adminClient(),
                    owner -> system.login(owner).registryClient(system.schemaRegistryUrl()),
                    runId,
                    3);
            progress.accept(poisons.size() + " poison records written");
            var loadRunning = new AtomicBoolean(true);
            var students = new AtomicReference<Integer>(0);
            long loadBegin = System.nanoTime();
            var loadThread = new Thread(
                    () -> {
                        try {
                            students.set(load.run(settings.commands(), progress));
                        } finally {
                            loadRunning.set(false);
                        }
                    },
                    "load");
            loadThread.start();
            var faultsThread = new Thread(() -> injector.run(loadRunning, progress), "faults");
            faultsThread.start();
            loadThread.join();
            var loadSeconds = (System.nanoTime() - loadBegin) / 1e9;
            progress.accept("load finished: " + ledger.count() + " commands");
            faultsThread.join();

            // Everything in flight settles before the oracle reads: every live group caught up with its partitions.
            var groups = new ArrayList<String>();
            system.instances().keySet().forEach(service -> groups.addAll(RecoveryMeter.groupsOf(service)));
            var offsets = new GroupOffsets(admin);
            boolean settled = offsets.awaitCaughtUp(groups, 1, SETTLE_LIMIT);
            progress.accept(settled ? "all groups caught up" : "groups still lagging after " + SETTLE_LIMIT);

            var reader =
                    system.login(Principals.ADMIN).kafkaClient(system.cluster().bootstrapServers());
            var registry = system.login("admissions").registryClient(system.schemaRegistryUrl());
            // The injected poison events are well-formed, so the log reads them; they are no one's effects.
            var log = EventLog.read(reader, registry).without(poisons);
            var commands = ledger.commands();
            var exactly = ExactlyOnceCheck.counts(commands, log, new ArrayList<>());
            var examples = new ArrayList<String>();
            long unsourced = SourcedEffectsCheck.unsourced(commands, log, examples);
            report.check(ExactlyOnceCheck.check(commands, log));
            report.check(SourcedEffectsCheck.check(commands, log));
            var letters = DeadLetters.read(admin, reader);
            var poisonResult = PoisonCheck.check(poisons, letters, offsets.committed(groups));
            var studentIds =
                    commands.stream().map(c -> c.studentId()).distinct().toList();
            var readModels = ReadModelCheck.check(system, admin, client, studentIds, runId, progress);
            report.check(readModels);
            report.check(poisonResult);

            var waits = injector.measuredWaits();
            long unrecovered = injector.recoveries().stream()
                    .filter(r -> r.waited().isEmpty())
                    .count();
            report.row("size", settings.size())
                    .row("seed", settings.seed())
                    .row(
                            "service settings beyond the defaults",
                            settings.serviceArguments().isEmpty()
                                    ? "none (static membership, session.timeout.ms 45000)"
                                    : String.join(" ", settings.serviceArguments()))
                    .row(
                            "processes",
                            "3 brokers + " + system.allInstances().size()
                                    + " service instances (2 per service) + this harness (registry, identity provider, load)")
                    .row("commands sent (intended)", ledger.count())
                    .row("answered 2xx", ledger.accepted())
                    .row("answered 4xx (refused)", ledger.count() - ledger.accepted() - ledger.indeterminate())
                    .row("no final answer within " + COMMAND_DEADLINE.toMinutes() + " min", ledger.indeterminate())
                    .row("client retries", client.retries())
                    .row("students", students.get())
                    .row("load duration", String.format("%.0f s", loadSeconds))
                    .row("events in the log", log.readable().size())
                    .row("kills (kill -9)", injector.kills())
                    .row("broker restarts", injector.brokerRestarts())
                    .row("lost", exactly.lost())
                    .row("duplicated", exactly.duplicated())
                    .row("duplicate eventIds", exactly.duplicateEventIds())
                    .row("duplicate payment references", exactly.duplicateReferences())
                    .row("effects without a source", unsourced)
                    .row("read-model differences", readModels.summary())
                    .row("poison records dead-lettered", poisonResult.summary())
                    .row(
                            "kill → partitions processed again, p50",
                            Percentiles.of(waits, 50).toMillis() + " ms")
                    .row(
                            "kill → partitions processed again, p99",
                            Percentiles.of(waits, 99).toMillis() + " ms")
                    .row(
                            "kill → partitions processed again, max",
                            Percentiles.of(waits, 100).toMillis() + " ms")
                    .row("kills measured / not recovered within limit", waits.size() + " / " + unrecovered)
                    .row("run duration", String.format("%.0f s", (System.nanoTime() - begin) / 1e9));
            report.refusals(ledger.refusals());
            report.faults(injector.log());
        }
        return report;
    }
}
