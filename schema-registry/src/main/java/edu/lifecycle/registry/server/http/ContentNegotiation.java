package edu.lifecycle.registry.server.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the response type from the Accept header as Confluent's Jersey resources do. They produce the registry's
 * vnd type (server quality 1), the generic vnd type (0.9) and plain JSON (0.5); of the types the client accepts,
 * the client's quality decides first, then the server's, then the more specific match. Nothing acceptable is a 406.
 *
 * <p>Confluent's Java client sends the JDK's default Accept header (text/html, image/gif, image/jpeg, and any type
 * at q=0.2): its wildcard gets the registry's vnd type.
 */
final class ContentNegotiation {

    static final String REGISTRY_JSON = "application/vnd.schemaregistry.v1+json";

    private static final List<Produced> PRODUCED = List.of(
            new Produced(REGISTRY_JSON, 1.0),
            new Produced("application/vnd.schemaregistry+json", 0.9),
            new Produced("application/json", 0.5));

    private ContentNegotiation() {}

    /** @param accept the Accept header values, {@code null} or empty when the client sent none */
    static Optional<String> choose(List<String> accept) {
        if (accept == null || accept.stream().allMatch(String::isBlank)) {
            return Optional.of(REGISTRY_JSON);
        }
        Candidate best = null;
        for (String header : accept) {
            for (String range : header.split(",")) {
                Accepted accepted = Accepted.parse(range);
                if (accepted == null || accepted.quality() <= 0) {
                    continue;
                }
                for (Produced produced : PRODUCED) {
                    int distance = accepted.distanceTo(produced.type());
                    if (distance >= 0) {
                        var candidate = new Candidate(produced, accepted.quality(), distance);
                        if (best == null || candidate.betterThan(best)) {
                            best = candidate;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best).map(c -> c.produced().type());
    }

    private record Produced(String type, double serverQuality) {}

    private record Candidate(Produced produced, double clientQuality, int distance) {

        boolean betterThan(Candidate other) {
            if (clientQuality != other.clientQuality) {
                return clientQuality > other.clientQuality;
            }
            if (produced.serverQuality() != other.produced.serverQuality()) {
                return produced.serverQuality() > other.produced.serverQuality();
            }
            return distance < other.distance;
        }
    }

    /** One media range of the Accept header, such as {@code application/*;q=0.5}. */
    private record Accepted(String type, String subtype, double quality) {

        /** {@code null} for a range that is not {@code type/subtype}, which matches nothing. */
        static Accepted parse(String range) {
            String[] parts = range.split(";");
            String mediaRange = parts[0].trim().toLowerCase(Locale.ROOT);
            int slash = mediaRange.indexOf('/');
            if (slash <= 0 || slash == mediaRange.length() - 1) {
                return mediaRange.equals("*") ? new Accepted("*", "*", quality(parts)) : null;
            }
            return new Accepted(mediaRange.substring(0, slash), mediaRange.substring(slash + 1), quality(parts));
        }

        private static double quality(String[] parts) {
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        return Double.parseDouble(parameter.substring(2).trim());
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }
            }
            return 1;
        }

        /** 0 for the exact type, 1 through a subtype wildcard, 2 through the full wildcard; -1 for no match. */
        int distanceTo(String produced) {
            int slash = produced.indexOf('/');
            String producedType = produced.substring(0, slash);
            String producedSubtype = produced.substring(slash + 1);
            if (type.equals("*")) {
                return 2;
            }
            if (!type.equals(producedType)) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(producedSubtype) ? 0 : -1;
        }
    }
}
