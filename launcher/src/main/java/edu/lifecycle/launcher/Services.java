package edu.lifecycle.launcher;

import edu.lifecycle.admissions.AdmissionsApplication;
import edu.lifecycle.billing.BillingApplication;
import edu.lifecycle.console.OperationsConsoleApplication;
import edu.lifecycle.curriculum.CurriculumApplication;
import edu.lifecycle.placement.PlacementApplication;
import java.util.List;

/** The services of the system, in the order the launcher lists them (they start together), on the ports their own configuration uses. */
public final class Services {

    private Services() {}

    public static List<ServiceSpec> all() {
        return List.of(
                new ServiceSpec("admissions", AdmissionsApplication::builder, 8091),
                new ServiceSpec("billing", BillingApplication::builder, 8092),
                new ServiceSpec("curriculum", CurriculumApplication::builder, 8093),
                new ServiceSpec("placement", PlacementApplication::builder, 8094));
    }

    /** The same services on free ports, for tests that run beside other stacks. */
    public static List<ServiceSpec> onFreePorts() {
        return all().stream().map(service -> service.withPort(0)).toList();
    }

    /**
     * The services as a played year needs them: billing looks for overdue instalments every two seconds rather
     * than every minute, because the demo's clock moves weeks at a time.
     */
    public static List<ServiceSpec> forPlayedYear(List<ServiceSpec> services) {
        return services.stream()
                .map(service -> service.name().equals("billing")
                        ? service.withArguments(List.of("--lifecycle.billing.overdue-scan-interval=2s"))
                        : service)
                .toList();
    }

    /** The operations console's port when the services run on their own fixed ports. */
    public static final int CONSOLE_PORT = 8090;

    /**
     * The operations console beside these services: on {@value #CONSOLE_PORT}, or on a free port when every service
     * runs on one (tests beside other stacks).
     */
    public static ServiceSpec consoleBeside(List<ServiceSpec> services) {
        boolean freePorts = !services.isEmpty() && services.stream().allMatch(service -> service.port() == 0);
        return new ServiceSpec("console", OperationsConsoleApplication::builder, freePorts ? 0 : CONSOLE_PORT);
    }
}
