package edu.lifecycle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import edu.lifecycle.servicekit.logging.ServiceLogNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The one-JVM launcher's logs: a file per service and warnings on the console, as text, or all as Spring Boot's
 * structured JSON when the one property is set, each line naming its own service.
 */
@ExtendWith(OutputCaptureExtension.class)
class LauncherLoggingTest {

    private static final String FORMAT = "logging.structured.format.console";

    @TempDir
    Path data;

    @AfterEach
    void backToTheTestsLogging() throws Exception {
        System.clearProperty(FORMAT);
        System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void withTheOnePropertyTheConsoleAndEveryServicesFileAreEcsJsonNamingTheServiceAndTheTrace(CapturedOutput output)
            throws Exception {
        System.setProperty(FORMAT, "ecs");
        var logs = LauncherLogging.configure(data);

        logInsideARecordOf("billing");
        LoggerFactory.getLogger("edu.lifecycle.launcher").warn("the broker is slow");

        var billing = jsonLines(LauncherLogging.fileOf(logs, "billing"));
        assertThat(billing).singleElement().satisfies(line -> {
            assertThat(serviceNameOf(line)).isEqualTo("billing");
            assertThat(line).containsEntry("message", "applied a record").containsEntry("traceId", TRACE_ID);
            assertThat(line).containsEntry("spanId", SPAN_ID);
        });
        assertThat(jsonLines(LauncherLogging.fileOf(logs, "stack")))
                .singleElement()
                .satisfies(line -> assertThat(serviceNameOf(line)).isEqualTo("stack"));
        var console = output.getOut().lines().filter(line -> !line.isBlank()).toList();
        assertThat(console).singleElement().satisfies(line -> {
            var json = JsonParserFactory.getJsonParser().parseMap(line);
            assertThat(json).containsEntry("message", "the broker is slow");
            assertThat(serviceNameOf(json)).isEqualTo("stack");
        });
    }

    @Test
    void withoutItTheyAreText(CapturedOutput output) throws Exception {
        var logs = LauncherLogging.configure(data);

        logInsideARecordOf("billing");
        LoggerFactory.getLogger("edu.lifecycle.launcher").warn("the broker is slow");

        assertThat(Files.readAllLines(LauncherLogging.fileOf(logs, "billing")))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .doesNotStartWith("{")
                        .contains("[billing]")
                        .contains("[" + TRACE_ID + "," + SPAN_ID + "]")
                        .endsWith("applied a record"));
        assertThat(output.getOut().lines().filter(line -> !line.isBlank()))
                .singleElement()
                .satisfies(line -> assertThat(line).doesNotStartWith("{").contains("WARN  [-]"));
    }

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    private static void logInsideARecordOf(String service) {
        MDC.put(ServiceLogNames.MDC_KEY, service);
        MDC.put("traceId", TRACE_ID);
        MDC.put("spanId", SPAN_ID);
        try {
            LoggerFactory.getLogger("edu.lifecycle.servicekit").info("applied a record");
        } finally {
            MDC.clear();
        }
    }

    static Object serviceNameOf(Map<String, Object> line) {
        return line.get("service") instanceof Map<?, ?> service ? service.get("name") : null;
    }

    private static List<Map<String, Object>> jsonLines(Path file) throws Exception {
        return Files.readAllLines(file).stream()
                .filter(line -> !line.isBlank())
                .map(line -> JsonParserFactory.getJsonParser().parseMap(line))
                .toList();
    }
}
