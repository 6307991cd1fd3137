package edu.lifecycle.servicekit.observe;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.function.Supplier;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Puts the request's trace id into every 5xx problem body ({@code traceId}), whichever handler made it: a user can
 * quote it, and an operator finds the log lines and the trace with it. Client errors (4xx) name the field or the rule
 * and need none.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class TraceIdInProblems implements ResponseBodyAdvice<Object> {

    public static final String PROPERTY = "traceId";

    private final Supplier<Tracer> tracer;

    /** @param tracer the service's tracer, looked up when a problem is written */
    public TraceIdInProblems(Supplier<Tracer> tracer) {
        this.tracer = tracer;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && problem.getStatus() >= 500) {
            Span span = tracer.get().currentSpan();
            if (span != null
                    && (problem.getProperties() == null
                            || !problem.getProperties().containsKey(PROPERTY))) {
                problem.setProperty(PROPERTY, span.context().traceId());
            }
        }
        return body;
    }
}
