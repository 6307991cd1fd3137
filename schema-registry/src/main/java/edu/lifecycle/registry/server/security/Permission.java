package edu.lifecycle.registry.server.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What a request needs, told from its method and path alone, before any route runs: reading is any {@code GET}, a
 * lookup ({@code POST /subjects/{subject}}) or a compatibility test ({@code POST /compatibility/…}); everything else
 * changes the registry and needs a writer.
 *
 * @param role the role the request needs
 * @param operation Confluent's name of the operation, for the 403 message
 * @param subject the subject it is about, or Confluent's {@value #GLOBAL} for the registry as a whole
 */
record Permission(RegistryRole role, String operation, String subject) {

    static final String GLOBAL = "__GLOBAL";

    static Permission of(String method, String rawPath) {
        List<String> path = Arrays.stream(rawPath.split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(segment -> URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
                .toList();
        String subject = subjectOf(path);
        return switch (method) {
            case "GET", "HEAD" -> new Permission(RegistryRole.READER, "Read", subject);
            case "POST" ->
                isLookup(path) || isCompatibilityTest(path)
                        ? new Permission(RegistryRole.READER, "Read", subject)
                        : new Permission(RegistryRole.WRITER, "Write", subject);
            case "DELETE" -> new Permission(RegistryRole.WRITER, "Delete", subject);
            default -> new Permission(RegistryRole.WRITER, "Write", subject);
        };
    }

    private static boolean isLookup(List<String> path) {
        return path.size() == 2 && path.get(0).equals("subjects");
    }

    private static boolean isCompatibilityTest(List<String> path) {
        return !path.isEmpty() && path.get(0).equals("compatibility");
    }

    /** {@code /subjects/s…}, {@code /config/s}, {@code /mode/s} and {@code /compatibility/subjects/s…} name one. */
    private static String subjectOf(List<String> path) {
        if (path.size() >= 2 && List.of("subjects", "config", "mode").contains(path.get(0))) {
            return path.get(1);
        }
        if (path.size() >= 3
                && path.get(0).equals("compatibility")
                && path.get(1).equals("subjects")) {
            return path.get(2);
        }
        return GLOBAL;
    }

    /** As Confluent's authorizer words a refusal. */
    String deniedMessage() {
        return "User is denied operation " + operation + " on Subject: " + subject;
    }
}
