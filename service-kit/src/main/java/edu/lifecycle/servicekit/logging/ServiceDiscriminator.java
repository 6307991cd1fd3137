package edu.lifecycle.servicekit.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.sift.AbstractDiscriminator;

/**
 * Sorts log lines by service for Logback's {@code SiftingAppender}: key {@value #KEY}, the service's name, or the
 * default value for lines of no service (the broker, the registry, the launcher itself).
 */
public final class ServiceDiscriminator extends AbstractDiscriminator<ILoggingEvent> {

    public static final String KEY = "service";

    private String defaultValue = "stack";

    @Override
    public String getDiscriminatingValue(ILoggingEvent event) {
        return ServiceLogNames.of(event.getMDCPropertyMap().get(ServiceLogNames.MDC_KEY), event.getThreadName())
                .orElse(defaultValue);
    }

    @Override
    public String getKey() {
        return KEY;
    }

    public void setDefaultValue(String defaultValue) {
        this.defaultValue = defaultValue;
    }
}
