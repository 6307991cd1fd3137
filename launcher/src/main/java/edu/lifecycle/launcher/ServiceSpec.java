package edu.lifecycle.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * One service the launcher runs.
 *
 * @param name how the service is called in output and in its state folder
 * @param application the service's application, e.g. {@code AdmissionsApplication::builder}
 * @param port its HTTP port (0 = a free one)
 * @param arguments further command-line arguments for it (they win over its configuration file)
 */
public record ServiceSpec(
        String name, Supplier<SpringApplicationBuilder> application, int port, List<String> arguments) {

    public ServiceSpec {
        arguments = List.copyOf(arguments);
    }

    public ServiceSpec(String name, Supplier<SpringApplicationBuilder> application, int port) {
        this(name, application, port, List.of());
    }

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, application, newPort, arguments);
    }

    public ServiceSpec withArguments(List<String> more) {
        var all = new ArrayList<>(arguments);
        all.addAll(more);
        return new ServiceSpec(name, application, port, all);
    }
}
