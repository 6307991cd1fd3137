package edu.lifecycle.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import edu.lifecycle.servicekit.config.HttpContractAutoConfiguration;
import edu.lifecycle.servicekit.config.ServiceKitAutoConfiguration;
import edu.lifecycle.servicekit.logging.ServiceMdcFilter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.json.JsonParseException;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service standing alone logs through Spring Boot: text on the console by default, Boot's structured JSON (ECS)
 * with one property, every line naming the service and, inside a request, carrying its {@code traceId} and
 * {@code spanId}. Shown on a small application with the kit's settings (tracing sampled at 100 %) and a real servlet,
 * without Kafka.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    private static final String LOGGING_SYSTEM = LoggingSystem.SYSTEM_PROPERTY;

    private String loggingSystemBefore;

    @BeforeEach
    void asAServiceStandingAlone() {
        // The launcher's tests set "none" (LauncherLogging), and logback-test.xml would win over Boot's own defaults.
        loggingSystemBefore = System.getProperty(LOGGING_SYSTEM);
        System.setProperty(LOGGING_SYSTEM, BootDefaultsLogging.class.getName());
        forgetBootsLogging();
    }

    /** Boot configures a logging context once; each test's service must configure it anew, as a new JVM would. */
    private static void forgetBootsLogging() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.removeObject(LoggingSystem.class.getName());
        // Boot hands the format to Logback as a system property, which outlives the application in this JVM.
        System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
    }

    @AfterEach
    void restore() throws Exception {
        forgetBootsLogging();
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
        if (loggingSystemBefore == null) {
            System.clearProperty(LOGGING_SYSTEM);
        } else {
            System.setProperty(LOGGING_SYSTEM, loggingSystemBefore);
        }
    }

    @Test
    void withTheOnePropertyEveryLineIsEcsJsonNamingTheServiceAndTheRequestsLineCarriesItsTrace(CapturedOutput output)
            throws Exception {
        try (var service = start("--logging.structured.format.console=ecs")) {
            get(service, "/work");
        }

        var lines = lines(output);
        assertThat(lines).isNotEmpty();
        var parsed = lines.stream().map(StructuredLogsTest::json).toList();
        assertThat(parsed)
                .allSatisfy(line -> assertThat(LauncherLoggingTest.serviceNameOf(line))
                        .as("ECS service.name")
                        .isEqualTo("admissions"));
        var inRequest = parsed.stream()
                .filter(line -> "working inside the request".equals(line.get("message")))
                .toList();
        assertThat(inRequest).hasSize(1);
        assertThat(inRequest.get(0))
                .as("the MDC's trace, as top-level keys")
                .hasEntrySatisfying("traceId", id -> assertThat((String) id).matches("[0-9a-f]{32}"))
                .hasEntrySatisfying("spanId", id -> assertThat((String) id).matches("[0-9a-f]{16}"));
    }

    @Test
    void withoutItTheConsoleIsPlainTextNamingTheServiceAndTheTrace(CapturedOutput output) throws Exception {
        try (var service = start()) {
            get(service, "/work");
        }

        var lines = lines(output);
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(line -> assertThatThrownBy(() -> json(line)).isInstanceOf(JsonParseException.class));
        assertThat(lines)
                .filteredOn(line -> line.contains("working inside the request"))
                .singleElement()
                .satisfies(
                        line -> assertThat(line).containsPattern("\\[admissions\\].*\\[[0-9a-f]{32}-[0-9a-f]{16}\\]"));
    }

    private static ConfigurableApplicationContext start(String... more) {
        var args = new ArrayList<>(List.of(
                "--spring.application.name=admissions",
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                // The kit's readiness group names its command check, which needs Kafka; this application has none.
                "--management.endpoint.health.group.readiness.include=readinessState"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(WorkingService.class).run(args.toArray(String[]::new));
    }

    private static void get(ConfigurableApplicationContext service, String path) throws Exception {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static List<String> lines(CapturedOutput output) {
        return output.getOut().lines().filter(line -> !line.isBlank()).toList();
    }

    private static Map<String, Object> json(String line) {
        return JsonParserFactory.getJsonParser().parseMap(line);
    }

    /** Spring Boot's own logging defaults, as a service jar has them: the test's logback-test.xml is not read. */
    public static final class BootDefaultsLogging extends LogbackLoggingSystem {

        public BootDefaultsLogging(ClassLoader classLoader) {
            super(classLoader);
        }

        @Override
        protected String[] getStandardConfigLocations() {
            return new String[0];
        }
    }

    @SpringBootConfiguration
    // Logging is under test, not sign-in: the kit's security and Boot's stay out, so the request reaches the handler.
    @EnableAutoConfiguration(
            exclude = {ServiceKitAutoConfiguration.class, HttpContractAutoConfiguration.class},
            excludeName = {
                "edu.lifecycle.servicekit.config.KitSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration"
            })
    @RestController
    static class WorkingService {

        /** As the kit registers it: the service named in the MDC for the whole request. */
        @Bean
        FilterRegistrationBean<ServiceMdcFilter> serviceMdcFilter() {
            return new FilterRegistrationBean<>(new ServiceMdcFilter("admissions"));
        }

        @GetMapping("/work")
        String work() {
            LoggerFactory.getLogger(WorkingService.class).info("working inside the request");
            return "done";
        }
    }
}
