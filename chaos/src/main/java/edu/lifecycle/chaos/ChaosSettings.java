package edu.lifecycle.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

    /**
     * {@code --size=smoke|medium|full}, then any of {@code --commands= --kills= --broker-restarts= --seed= --workers=
     * --gap-seconds= --session-timeout-ms= --dir=}, in any order; each flag changes its setting and keeps the others.
     * The report's name for the size says what changed it: {@code +session-15000ms}, and {@code +custom} once a flag
     * changed the commands, kills or broker restarts a named size stands for.
     */
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
        var named = switch (size) {
            case "smoke" -> smoke(directory);
            case "medium" -> medium(directory);
            case "full" -> full(directory);
            default -> throw new IllegalArgumentException("--size must be smoke, medium or full, not " + size);
        };
        long commands = named.commands;
        int kills = named.kills;
        int brokerRestarts = named.brokerRestarts;
        long seed = named.seed;
        int workers = named.workers;
        var meanGap = named.meanGap;
        var serviceArguments = new ArrayList<String>();
        var name = new StringBuilder(size);
        boolean custom = false;
        for (var arg : args) {
            var v = arg.contains("=") ? value(arg) : "";
            if (arg.startsWith("--commands=")) {
                commands = Long.parseLong(v);
                custom = true;
            } else if (arg.startsWith("--kills=")) {
                kills = Integer.parseInt(v);
                custom = true;
            } else if (arg.startsWith("--broker-restarts=")) {
                brokerRestarts = Integer.parseInt(v);
                custom = true;
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(v);
            } else if (arg.startsWith("--workers=")) {
                workers = Integer.parseInt(v);
            } else if (arg.startsWith("--gap-seconds=")) {
                meanGap = Duration.ofSeconds(Long.parseLong(v));
            } else if (arg.startsWith("--session-timeout-ms=")) {
                // The Streams consumers' session: how long a killed static member keeps its partitions.
                int milliseconds = Integer.parseInt(v);
                serviceArguments.add("--spring.kafka.streams.properties.session.timeout.ms=" + milliseconds);
                name.append("+session-").append(milliseconds).append("ms");
            } else if (!arg.startsWith("--dir=") && !arg.startsWith("--size=")) {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
        }
        if (custom) {
            name.append("+custom");
        }
        return new ChaosSettings(
                name.toString(), commands, kills, brokerRestarts, seed, workers, meanGap, directory, serviceArguments);
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }
}
