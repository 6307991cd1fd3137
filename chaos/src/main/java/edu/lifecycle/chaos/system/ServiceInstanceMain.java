package edu.lifecycle.chaos.system;

import edu.lifecycle.launcher.Services;
import java.util.Arrays;

/**
 * One instance of one service, in a JVM of its own: the service's own Spring application, with the arguments the
 * harness gives and its backbone login from {@code SPRING_APPLICATION_JSON} (never on the command line).
 *
 * <p>Arguments: the service's name, then its Spring arguments.
 */
public final class ServiceInstanceMain {

    private ServiceInstanceMain() {}

    public static void main(String[] args) {
        var spec = Services.all().stream()
                .filter(service -> service.name().equals(args[0]))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + args[0]));
        spec.application().get().run(Arrays.copyOfRange(args, 1, args.length));
    }
}
