package edu.lifecycle.localstack;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The command line of the local stack.
 *
 * @param settings where to keep data and listen
 * @param clean whether to delete the data folder before starting
 * @param help whether only the usage was asked for
 */
public record LaunchOptions(LocalStackSettings settings, boolean clean, boolean help) {

    public static final Path DEFAULT_DATA_DIRECTORY = Path.of(".data", "local-stack");

    public static final String USAGE = """
            Usage: run.sh [options]
              --data-dir DIR       where Kafka keeps its data and the generated credentials (default
                                   .data/local-stack); kept across restarts
              --clean              delete the data folder (events and credentials) first and start from nothing
              --kafka-port N       Kafka client port (default 9092; 0 = any free port)
              --registry-port N    schema registry port (default 8081; 0 = any free port)
              --host ADDRESS       address to bind and advertise (default 127.0.0.1)
              --help               print this text
            """;

    /** Parses the arguments; a bad one raises {@link IllegalArgumentException} with a message for the user. */
    public static LaunchOptions parse(List<String> args) {
        var settings = LocalStackSettings.defaults(DEFAULT_DATA_DIRECTORY);
        boolean clean = false;
        var remaining = new ArrayDeque<>(args);
        while (!remaining.isEmpty()) {
            var arg = remaining.poll();
            switch (arg) {
                case "--help", "-h" -> {
                    return new LaunchOptions(settings, clean, true);
                }
                case "--clean" -> clean = true;
                case "--data-dir" ->
                    settings = new LocalStackSettings(
                            Path.of(value(arg, remaining)),
                            settings.host(),
                            settings.kafkaPort(),
                            settings.controllerPort(),
                            settings.registryPort());
                case "--host" ->
                    settings = new LocalStackSettings(
                            settings.dataDirectory(),
                            value(arg, remaining),
                            settings.kafkaPort(),
                            settings.controllerPort(),
                            settings.registryPort());
                case "--kafka-port" -> {
                    int kafkaPort = port(arg, remaining);
                    // The controller sits next to the client port unless both are left to chance.
                    int controllerPort = kafkaPort == 0 ? 0 : kafkaPort + 1;
                    settings = new LocalStackSettings(
                            settings.dataDirectory(),
                            settings.host(),
                            kafkaPort,
                            controllerPort,
                            settings.registryPort());
                }
                case "--registry-port" ->
                    settings = new LocalStackSettings(
                            settings.dataDirectory(),
                            settings.host(),
                            settings.kafkaPort(),
                            settings.controllerPort(),
                            port(arg, remaining));
                default -> throw new IllegalArgumentException("Unknown option '" + arg + "'.\n" + USAGE);
            }
        }
        return new LaunchOptions(settings, clean, false);
    }

    private static String value(String option, ArrayDeque<String> remaining) {
        var value = remaining.poll();
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException("Option " + option + " needs a value.\n" + USAGE);
        }
        return value;
    }

    private static int port(String option, ArrayDeque<String> remaining) {
        var value = value(option, remaining);
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Option " + option + " takes a port between 0 and 65535, not '" + value + "'.");
        }
    }
}
