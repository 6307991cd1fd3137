package edu.lifecycle.launcher;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * The launcher starts and stops several Spring applications in one JVM at once, and each one sets up (resets) and
 * cleans up the JVM's one Logback context. Logback's reset is not safe against a concurrent one: two services
 * starting together failed once with a {@code ConcurrentModificationException} in {@code LoggerContext.fireOnReset}.
 * So the logging step of each start and close runs alone: {@link Before} takes a lock just ahead of Boot's
 * {@link LoggingApplicationListener}, {@link After} gives it back just behind it. Registered for every application
 * of the launcher's class path in {@code META-INF/spring.factories}.
 */
public final class SerialLoggingSetup {

    private static final ReentrantLock LOGGING = new ReentrantLock();

    /**
     * How long a start waits for another's logging step. A step takes milliseconds; a bound keeps a step that never
     * gave the lock back (an exception between the two listeners of a close) from stopping every later start.
     */
    private static final long WAIT_SECONDS = 30;

    private SerialLoggingSetup() {}

    static boolean concerns(ResolvableType eventType) {
        Class<?> type = eventType.getRawClass();
        return type != null
                && (ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                        || ContextClosedEvent.class.isAssignableFrom(type)
                        || ApplicationFailedEvent.class.isAssignableFrom(type));
    }

    /** Whether this thread holds the logging step now (for tests). */
    static boolean heldByThisThread() {
        return LOGGING.isHeldByCurrentThread();
    }

    /** Takes the lock before Boot sets up or cleans up logging. */
    public static final class Before implements GenericApplicationListener {

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return concerns(eventType);
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationFailedEvent) {
                return;
            }
            try {
                LOGGING.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER - 1;
        }
    }

    /** Gives the lock back once Boot's logging step is done, or the start failed on its way. */
    public static final class After implements GenericApplicationListener {

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return concerns(eventType);
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            while (LOGGING.isHeldByCurrentThread()) {
                LOGGING.unlock();
            }
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER + 1;
        }
    }
}
