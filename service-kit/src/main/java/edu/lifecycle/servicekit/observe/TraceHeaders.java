package edu.lifecycle.servicekit.observe;

import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** The headers that carry a trace context (W3C Trace Context and Baggage), and nothing else of a record's headers. */
public final class TraceHeaders {

    /** W3C {@code traceparent} and {@code tracestate}, and W3C {@code baggage}. */
    public static final List<String> KEYS = List.of("traceparent", "tracestate", "baggage");

    private TraceHeaders() {}

    /** A fresh set of headers holding only the trace context of {@code source}, for a record derived from it. */
    public static Headers carried(Headers source) {
        var carried = new RecordHeaders();
        if (source != null) {
            for (Header header : source) {
                if (KEYS.contains(header.key())) {
                    carried.add(header);
                }
            }
        }
        return carried;
    }

    /** A copy of {@code source} without its trace context, to which a new one is then added. */
    static Headers withoutTrace(Headers source) {
        var copy = new RecordHeaders();
        if (source != null) {
            for (Header header : source) {
                if (!KEYS.contains(header.key())) {
                    copy.add(header);
                }
            }
        }
        return copy;
    }

    /** The trace id in a W3C {@code traceparent} header, if there is one: what tests and operators look for. */
    public static java.util.Optional<String> traceId(Headers headers) {
        return traceparentPart(headers, 1);
    }

    /** The id of the span a record was written in (its {@code traceparent}'s parent id), if there is one. */
    public static java.util.Optional<String> spanId(Headers headers) {
        return traceparentPart(headers, 2);
    }

    private static java.util.Optional<String> traceparentPart(Headers headers, int index) {
        Header parent = headers == null ? null : headers.lastHeader("traceparent");
        if (parent == null) {
            return java.util.Optional.empty();
        }
        String[] parts = new String(parent.value(), java.nio.charset.StandardCharsets.UTF_8).split("-");
        return parts.length >= 4 ? java.util.Optional.of(parts[index]) : java.util.Optional.empty();
    }
}
