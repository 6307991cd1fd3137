package edu.lifecycle.launcher;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

/**
 * Sets up the one JVM's logging once, before anything starts: every service's lines in its own file under
 * {@code <data folder>/logs} ({@code admissions.log}, …, {@code stack.log} for the broker and the registry), warnings
 * and errors also on the console; text, or Spring Boot's structured JSON with one property ({@link StructuredFormats}). Spring Boot is told to leave logging alone, or each service's start would replace
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
        var formats = StructuredFormats.from(new StandardEnvironment());
        context.putProperty("CONSOLE_FORMAT", formats.console());
        context.putProperty("FILE_FORMAT", formats.file());
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

    /**
     * Spring Boot's structured formats, as a service standing alone reads them, but one property switching everything
     * the launcher writes: {@code logging.structured.format.console} (env {@code LOGGING_STRUCTURED_FORMAT_CONSOLE})
     * for the console and the files, {@code logging.structured.format.file} for the files alone. Empty: text.
     */
    record StructuredFormats(String console, String file) {

        static StructuredFormats from(Environment environment) {
            String console = environment.getProperty("logging.structured.format.console", "");
            return new StructuredFormats(console, environment.getProperty("logging.structured.format.file", console));
        }
    }

    /** The log file of a service (or {@code stack}). */
    static Path fileOf(Path logs, String service) {
        return logs.resolve(service + ".log");
    }
}
