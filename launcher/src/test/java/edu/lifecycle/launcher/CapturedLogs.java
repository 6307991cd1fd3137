package edu.lifecycle.launcher;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Keeps every line logged in the test JVM, as configured in {@code logback-test.xml}; being named there, it survives
 * each service's Spring Boot reconfiguring logging, which a programmatically added appender would not.
 */
public final class CapturedLogs extends AppenderBase<ILoggingEvent> {

    private static final Queue<String> LINES = new ConcurrentLinkedQueue<>();

    @Override
    protected void append(ILoggingEvent event) {
        var line = new StringBuilder(event.getFormattedMessage());
        for (var cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            line.append(" | ").append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        LINES.add(line.toString());
    }

    static List<String> lines() {
        return List.copyOf(LINES);
    }
}
