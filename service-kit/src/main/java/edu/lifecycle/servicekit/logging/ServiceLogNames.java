package edu.lifecycle.servicekit.logging;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.MDC;

/**
 * The service a log line belongs to. Standing alone, a service logs through Spring Boot's logging, which names the
 * application on every line. In the one-JVM launcher four services share one logging system, so the line's service
 * is found here: the {@value #MDC_KEY} MDC entry (set for a request, and by the launcher while a service starts), or
 * else the thread's name, which for every thread the kit makes (Streams threads, their Kafka clients, the command
 * gateway's producer, the outcome listener, the lag monitor, the readiness check) contains the service's Streams
 * application id, registered here at start.
 */
public final class ServiceLogNames {

    /**
     * The MDC entry naming the service. Not {@code service}: Spring Boot's structured logging writes the MDC as
     * top-level keys, and ECS's own {@code service} object would clash with it (Boot then drops the line).
     */
    public static final String MDC_KEY = "serviceName";

    private static final Map<String, String> SERVICE_BY_THREAD_NAME_PART = new ConcurrentHashMap<>();

    private ServiceLogNames() {}

    /** Lines of threads whose name contains {@code threadNamePart} belong to {@code service}. */
    public static void register(String threadNamePart, String service) {
        SERVICE_BY_THREAD_NAME_PART.put(threadNamePart, service);
    }

    public static void unregister(String threadNamePart) {
        SERVICE_BY_THREAD_NAME_PART.remove(threadNamePart);
    }

    /** The service of the current thread's line, if any is known. */
    public static Optional<String> current() {
        return of(MDC.get(MDC_KEY), Thread.currentThread().getName());
    }

    /** The service of a line logged with this MDC value on a thread of this name; the longest matching part wins. */
    public static Optional<String> of(String mdcService, String threadName) {
        if (mdcService != null && !mdcService.isEmpty()) {
            return Optional.of(mdcService);
        }
        if (threadName == null) {
            return Optional.empty();
        }
        String best = null;
        String service = null;
        for (var entry : SERVICE_BY_THREAD_NAME_PART.entrySet()) {
            if (threadName.contains(entry.getKey())
                    && (best == null || entry.getKey().length() > best.length())) {
                best = entry.getKey();
                service = entry.getValue();
            }
        }
        return Optional.ofNullable(service);
    }
}
