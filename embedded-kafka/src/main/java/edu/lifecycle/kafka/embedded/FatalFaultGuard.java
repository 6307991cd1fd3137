package edu.lifecycle.kafka.embedded;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a broker fault from ending the whole JVM behind the application's back.
 *
 * <p>Kafka's fatal fault handlers call {@link Exit#halt}, which in a standalone broker is right but here would kill
 * the services and tests that share the JVM without a word. The guard replaces Kafka's exit and halt procedures once
 * per JVM: the fault is logged at ERROR and handed to every running broker's listener, whose owner decides whether
 * to stop.
 */
final class FatalFaultGuard {

    private static final Logger log = LoggerFactory.getLogger(FatalFaultGuard.class);
    private static final List<Consumer<BrokerFault>> listeners = new CopyOnWriteArrayList<>();
    private static boolean installed;

    private FatalFaultGuard() {}

    static synchronized void register(Consumer<BrokerFault> listener) {
        if (!installed) {
            Exit.setHaltProcedure(FatalFaultGuard::report);
            Exit.setExitProcedure(FatalFaultGuard::report);
            installed = true;
        }
        listeners.add(listener);
    }

    static void unregister(Consumer<BrokerFault> listener) {
        listeners.remove(listener);
    }

    private static void report(int status, String message) {
        var fault = new BrokerFault(status, message);
        log.error("Kafka broker reported a fatal fault (status {}): {}", status, message);
        listeners.forEach(listener -> listener.accept(fault));
    }
}
