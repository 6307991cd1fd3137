package edu.lifecycle.servicekit.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %service} in a Logback pattern: the service of the line ({@link ServiceLogNames}), or {@code -}. */
public final class ServiceConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return ServiceLogNames.of(event.getMDCPropertyMap().get(ServiceLogNames.MDC_KEY), event.getThreadName())
                .orElse("-");
    }
}
