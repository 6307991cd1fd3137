package edu.lifecycle.launcher;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sets up the one JVM's logging once, before anything starts: every service's lines in its own file under
 * {@code <data folder>/logs} ({@code admissions.log}, …, {@code stack.log} for the broker and the registry), warnings
 * and errors also on the console. Spring Boot is told to leave logging alone, or each service's start would replace
 * the configuration of those started before it.
 */
final class LauncherLogging {

    static final String CONFIGURATION = "/launcher-logback.xml";

    private LauncherLogging() {}

    static Path configure(Path dataDirectory) {
        Path logs = dataDirectory.resolve("logs").toAbsolutePath();
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        context.putProperty("LOG_DIR", logs.toString());
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(LauncherLogging.class.getResource(CONFIGURATION));
        } catch (JoranException e) {
            throw new IllegalStateException("Cannot configure logging from " + CONFIGURATION, e);
        }
        // Tomcat and a few libraries log through java.util.logging: into the same files, not onto the console.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        return logs;
    }

    /** The log file of a service (or {@code stack}). */
    static Path fileOf(Path logs, String service) {
        return logs.resolve(service + ".log");
    }
}
