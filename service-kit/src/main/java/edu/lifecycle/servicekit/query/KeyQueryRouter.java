package edu.lifecycle.servicekit.query;

import edu.lifecycle.servicekit.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;

/**
 * Answers a GET for a key where the key lives: from the local store when this instance owns it, else by forwarding
 * the request to the owner and returning its answer unchanged. A forwarded request is always answered locally, so
 * two instances with different views of the assignment never bounce a request between them.
 */
public final class KeyQueryRouter {

    private final StoreQueries queries;
    private final InstanceForwarder forwarder;

    public KeyQueryRouter(StoreQueries queries, InstanceForwarder forwarder) {
        this.queries = queries;
        this.forwarder = forwarder;
    }

    /**
     * The value of {@code key} in {@code store}, shown through {@code toBody}; 404 with {@code notFoundDetail} when
     * the store has no such key.
     */
    public <V> ResponseEntity<?> get(
            HttpServletRequest request, String store, String key, Function<V, ?> toBody, String notFoundDetail) {
        return route(
                request,
                store,
                key,
                () -> queries.<V>get(store, key)
                        .<ResponseEntity<?>>map(value -> ResponseEntity.ok(toBody.apply(value)))
                        .orElseGet(() -> Problems.notFound(notFoundDetail)));
    }

    /**
     * Runs {@code answerLocally} on the instance that owns {@code routingKey} in {@code store}: here, or on the
     * owner by forwarding the request. For answers built from several local reads, e.g. a page of a list whose
     * entries are co-located with {@code routingKey}.
     */
    public ResponseEntity<?> route(
            HttpServletRequest request, String store, String routingKey, Supplier<ResponseEntity<?>> answerLocally) {
        if (request.getHeader(InstanceForwarder.FORWARDED_BY) != null) {
            return answerForwarded(store, routingKey, answerLocally);
        }
        if (queries.owner(store, routingKey) instanceof KeyOwner.Remote remote) {
            return forwarder.get(
                    remote.host(),
                    pathAndQuery(request),
                    request.getHeader(org.springframework.http.HttpHeaders.AUTHORIZATION));
        }
        return answerLocally.get();
    }

    private ResponseEntity<?> answerForwarded(String store, String key, Supplier<ResponseEntity<?>> answerLocally) {
        if (queries.owner(store, key) instanceof KeyOwner.Remote) {
            // The sender saw an older assignment; the data is moving, so ask the client to retry rather than bounce.
            throw new StoreUnavailableException("The data is moving between instances; retry in a moment.");
        }
        return answerLocally.get();
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }
}
