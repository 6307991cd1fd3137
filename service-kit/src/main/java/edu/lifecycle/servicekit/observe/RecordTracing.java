package edu.lifecycle.servicekit.observe;

import java.util.Map;
import org.apache.kafka.common.header.Headers;

/**
 * Carries the W3C trace context across Kafka hops: into the headers of a record a service writes, and out of the
 * headers of a record it reads, as the parent of the span that processes it. Kafka Streams has no tracing of its own;
 * the kit does this once, for every processor ({@code ObservingProcessorWrapper}) and for the command gateway.
 */
public interface RecordTracing {

    /** Traces nothing: headers pass through untouched. */
    RecordTracing NONE = new RecordTracing() {
        @Override
        public void injectCurrent(Headers headers) {}

        @Override
        public Processing process(Headers headers, String name, Map<String, String> tags) {
            return Processing.NONE;
        }
    };

    /** Writes the current trace context (e.g. of the HTTP request) into the headers, replacing any there. */
    void injectCurrent(Headers headers);

    /**
     * Starts the span of processing a record whose headers may carry a trace context, and makes it current. A record
     * without one starts no trace: replaying a topic must not flood the tracer with orphan spans.
     */
    Processing process(Headers headers, String name, Map<String, String> tags);

    /** The span of one record's processing, current until closed. */
    interface Processing extends AutoCloseable {

        Processing NONE = new Processing() {
            @Override
            public Headers headers(Headers original) {
                return original;
            }

            @Override
            public void error(Throwable error) {}

            @Override
            public void close() {}
        };

        /** The record's headers with the trace context of this span, for everything the processing writes. */
        Headers headers(Headers original);

        void error(Throwable error);

        @Override
        void close();
    }
}
