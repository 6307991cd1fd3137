package edu.lifecycle.servicekit.observe;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** {@link RecordTracing} on Micrometer Tracing: the tracer and the propagator Spring Boot configures (W3C). */
public final class MicrometerRecordTracing implements RecordTracing {

    private static final Propagator.Setter<Headers> SET = (headers, key, value) -> {
        if (headers != null) {
            headers.remove(key);
            headers.add(key, value.getBytes(StandardCharsets.UTF_8));
        }
    };

    private static final Propagator.Getter<Headers> GET = (headers, key) -> {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    };

    private final Tracer tracer;
    private final Propagator propagator;

    public MicrometerRecordTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public void injectCurrent(Headers headers) {
        TraceContext current = tracer.currentTraceContext().context();
        if (current != null) {
            propagator.inject(current, headers, SET);
        }
    }

    @Override
    public Processing process(Headers headers, String name, Map<String, String> tags) {
        if (headers == null || headers.lastHeader("traceparent") == null) {
            return Processing.NONE;
        }
        Span.Builder builder = propagator.extract(headers, GET).name(name).kind(Span.Kind.CONSUMER);
        tags.forEach(builder::tag);
        Span span = builder.start();
        Tracer.SpanInScope scope = tracer.withSpan(span);
        return new Processing() {
            @Override
            public Headers headers(Headers original) {
                Headers carried = TraceHeaders.withoutTrace(original);
                propagator.inject(span.context(), carried, SET);
                return carried;
            }

            @Override
            public void error(Throwable error) {
                span.error(error);
            }

            @Override
            public void close() {
                scope.close();
                span.end();
            }
        };
    }
}
