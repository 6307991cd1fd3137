package edu.lifecycle.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How big a chaos run is.
 *
 * @param size its name in the report ({@code smoke}, {@code medium}, {@code full} or {@code custom})
 * @param commands commands the load sends
 * @param kills {@code kill -9} of service instances
 * @param brokerRestarts stops and restarts of one broker at a time
 * @param seed the schedule's seed
 * @param workers concurrent students
 * @param meanGap the mean time between faults
 * @param directory where every process keeps its data and logs
 * @param serviceArguments further arguments of every service instance (e.g. a Streams setting under trial)
 */
public record ChaosSettings(
        String size,
        long commands,
        int kills,
        int brokerRestarts,
        long seed,
        int workers,
        Duration meanGap,
        Path directory,
        List<String> serviceArguments) {

    public static final int INSTANCES_PER_SERVICE = 2;

    public ChaosSettings {
        serviceArguments = List.copyOf(serviceArguments);
    }

    public ChaosSettings(
            String size,
            long commands,
            int kills,
            int brokerRestarts,
            long seed,
            int workers,
            Duration meanGap,
            Path directory) {
        this(size, commands, kills, brokerRestarts, seed, workers, meanGap, directory, List.of());
    }

    /** CI's smoke: a few hundred commands, one kill, one broker restart. */
    public static ChaosSettings smoke(Path directory) {
        return new ChaosSettings("smoke", 300, 1, 1, 18, 8, Duration.ofSeconds(10), directory);
    }

    public static ChaosSettings medium(Path directory) {
        return new ChaosSettings("medium", 5_000, 6, 2, 18, 8, Duration.ofSeconds(40), directory);
    }

    /** The full size: 100,000 commands, 20 kills, 3 broker restarts. */
    public static ChaosSettings full(Path directory) {
        return new ChaosSettings("full", 100_000, 20, 3, 18, 12, Duration.ofSeconds(150), directory);
    }

    /** {@code --size=smoke|medium|full}, then any of {@code --commands= --kills= --broker-restarts= --seed= --workers= --gap-seconds= --session-timeout-ms= --dir=}. */
    public static ChaosSettings parse(String[] args) {
        var directory = Path.of("target", "chaos-run");
        String size = "smoke";
        for (var arg : args) {
            if (arg.startsWith("--dir=")) {
                directory = Path.of(value(arg));
            } else if (arg.startsWith("--size=")) {
                size = value(arg);
            }
        }
        var settings = switch (size) {
            case "smoke" -> smoke(directory);
            case "medium" -> medium(directory);
            case "full" -> full(directory);
            default -> throw new IllegalArgumentException("--size must be smoke, medium or full, not " + size);
        };
        for (var arg : args) {
            var v = arg.contains("=") ? value(arg) : "";
            if (arg.startsWith("--commands=")) {
                settings = settings.with("custom", Long.parseLong(v), settings.kills, settings.brokerRestarts);
            } else if (arg.startsWith("--kills=")) {
                settings = settings.with("custom", settings.commands, Integer.parseInt(v), settings.brokerRestarts);
            } else if (arg.startsWith("--broker-restarts=")) {
                settings = settings.with("custom", settings.commands, settings.kills, Integer.parseInt(v));
            } else if (arg.startsWith("--seed=")) {
                settings = new ChaosSettings(
                        settings.size,
                        settings.commands,
                        settings.kills,
                        settings.brokerRestarts,
                        Long.parseLong(v),
                        settings.workers,
                        settings.meanGap,
                        settings.directory);
            } else if (arg.startsWith("--workers=")) {
                settings = new ChaosSettings(
                        settings.size,
                        settings.commands,
                        settings.kills,
                        settings.brokerRestarts,
                        settings.seed,
                        Integer.parseInt(v),
                        settings.meanGap,
                        settings.directory);
            } else if (arg.startsWith("--gap-seconds=")) {
                settings = new ChaosSettings(
                        settings.size,
                        settings.commands,
                        settings.kills,
                        settings.brokerRestarts,
                        settings.seed,
                        settings.workers,
                        Duration.ofSeconds(Long.parseLong(v)),
                        settings.directory);
            } else if (arg.startsWith("--session-timeout-ms=")) {
                // The Streams consumers' session: how long a killed static member keeps its partitions.
                var more = new java.util.ArrayList<>(settings.serviceArguments);
                more.add("--spring.kafka.streams.properties.session.timeout.ms=" + Integer.parseInt(v));
                settings = new ChaosSettings(
                        settings.size + "+session-" + v + "ms",
                        settings.commands,
                        settings.kills,
                        settings.brokerRestarts,
                        settings.seed,
                        settings.workers,
                        settings.meanGap,
                        settings.directory,
                        more);
            } else if (!arg.startsWith("--dir=") && !arg.startsWith("--size=")) {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
        }
        return settings;
    }

    private ChaosSettings with(String newSize, long newCommands, int newKills, int newRestarts) {
        return new ChaosSettings(
                size.equals(newSize) || size.endsWith("+" + newSize) ? size : size + "+" + newSize,
                newCommands,
                newKills,
                newRestarts,
                seed,
                workers,
                meanGap,
                directory);
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }
}
