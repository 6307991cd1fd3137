package edu.lifecycle.launcher;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import edu.lifecycle.servicekit.logging.ServiceLogNames;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The launcher's lines as text ({@code pattern}), or, when a structured {@code format} is set ({@code ecs},
 * {@code logstash}, {@code gelf}), as Spring Boot's own structured JSON, exactly as a service standing alone writes
 * it. Four services share the launcher's logging, so each line is written by the encoder of its own service
 * ({@link ServiceLogNames}; {@code stack} for the broker, the registry and the launcher), which names that service
 * ({@code service.name} in ECS).
 */
public final class ServiceLogEncoder extends EncoderBase<ILoggingEvent> {

    private static final String NO_SERVICE = "stack";

    private String pattern;
    private String format = "";
    private Encoder<ILoggingEvent> text;
    private final Map<String, Encoder<ILoggingEvent>> structuredByService = new ConcurrentHashMap<>();

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    /** Boot's structured format, as {@code logging.structured.format.console} names it; empty for text. */
    public void setFormat(String format) {
        this.format = format == null ? "" : format.trim();
    }

    boolean structured() {
        return !format.isEmpty();
    }

    @Override
    public void start() {
        if (!structured()) {
            var encoder = new PatternLayoutEncoder();
            encoder.setContext(getContext());
            encoder.setPattern(pattern);
            encoder.start();
            text = encoder;
        }
        super.start();
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        if (!structured()) {
            return text.encode(event);
        }
        var service = ServiceLogNames.of(event.getMDCPropertyMap().get(ServiceLogNames.MDC_KEY), event.getThreadName())
                .orElse(NO_SERVICE);
        return structuredByService.computeIfAbsent(service, this::structuredFor).encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    /**
     * Boot's encoder reads its settings (the format's, the service's name) from the Spring environment it finds in its
     * logging context: each service's encoder gets a context of its own holding the launcher's environment (system
     * properties and environment variables, so every {@code logging.structured.*} setting applies) and the name.
     */
    private Encoder<ILoggingEvent> structuredFor(String service) {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "service-of-the-line",
                        Map.of("spring.application.name", service, "logging.structured.ecs.service.name", service)));
        var context = new LoggerContext();
        context.setName(service);
        context.putObject(Environment.class.getName(), environment);
        var encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        return encoder;
    }
}
