package edu.lifecycle.launcher;

import edu.lifecycle.admissions.AdmissionsApplication;
import edu.lifecycle.billing.BillingApplication;
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
}
