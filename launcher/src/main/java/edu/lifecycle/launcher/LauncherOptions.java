package edu.lifecycle.launcher;

import edu.lifecycle.localstack.LaunchOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The launcher's command line: the local stack's options, plus the demo cohort.
 *
 * @param stack broker, registry and data folder options
 * @param demoSize how many applicants the demo generator sends through the services; empty without {@code --demo}
 * @param seed the generator's seed: the same seed and size give the same cohort
 * @param identityPort the port of the embedded OpenID provider, whose address is the tokens' issuer
 */
public record LauncherOptions(LaunchOptions stack, OptionalInt demoSize, long seed, int identityPort) {

    public static final int DEFAULT_IDENTITY_PORT = 9000;
    public static final int DEFAULT_DEMO_SIZE = 120;
    public static final long DEFAULT_SEED = 2026;

    public static final String USAGE = LaunchOptions.USAGE + """
              --demo               drive a generated demo cohort through the services once they are up
              --demo-size N        applicants in the demo cohort (default 120)
              --seed N             seed of the demo cohort (default 2026): same seed, same cohort
              --identity-port N    port of the embedded OpenID provider, the tokens' issuer (default 9000; 0 any)
            ./run.sh ops <service> <action> …   dead letters and the read-model audit of a running system
                                   (./run.sh ops --help)
            """;

    public static LauncherOptions parse(List<String> args) {
        var rest = new ArrayList<String>();
        boolean demo = false;
        int size = DEFAULT_DEMO_SIZE;
        long seed = DEFAULT_SEED;
        int identityPort = DEFAULT_IDENTITY_PORT;
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            switch (arg) {
                case "--demo" -> demo = true;
                case "--demo-size" -> {
                    demo = true;
                    size = (int) number(arg, args, ++i, 1, 100_000);
                }
                case "--seed" -> seed = number(arg, args, ++i, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--identity-port" -> identityPort = (int) number(arg, args, ++i, 0, 65_535);
                default -> rest.add(arg);
            }
        }
        var stack = LaunchOptions.parse(rest);
        return new LauncherOptions(stack, demo ? OptionalInt.of(size) : OptionalInt.empty(), seed, identityPort);
    }

    private static long number(String option, List<String> args, int index, long min, long max) {
        if (index >= args.size()) {
            throw new IllegalArgumentException("Option " + option + " needs a value.\n" + USAGE);
        }
        try {
            long value = Long.parseLong(args.get(index));
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + option + " takes a number between " + min + " and " + max
                    + ", not '" + args.get(index) + "'.");
        }
    }
}
