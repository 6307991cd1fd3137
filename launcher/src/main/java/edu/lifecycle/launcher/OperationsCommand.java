package edu.lifecycle.launcher;

import edu.lifecycle.identity.Clients;
import edu.lifecycle.identity.Roles;
import edu.lifecycle.identity.TokenClient;
import edu.lifecycle.localstack.LaunchOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./run.sh ops <service> <action>}: the operator's dead-letter and read-model audit tools against a running
 * system, through the services' operations endpoints (it starts nothing). The token is the {@code --token} given,
 * else {@code LIFECYCLE_OPS_TOKEN}, else one of the embedded provider's {@value Clients#OPERATIONS} client (role
 * {@code operations-engineer}, which may replay, purge and audit, and list and show dead letters), whose secret is
 * read from the data folder the system was started with.
 */
final class OperationsCommand {

    static final int EXIT_DIFFERENCES = 3;

    static final String USAGE = """
            Usage: ./run.sh ops <service> <action> [options]     (against a running system; starts nothing)
              service: admissions | billing | curriculum | placement
              actions:
                dead-letters [--consumer C] [--source-topic T] [--reason R] [--from ISO] [--to ISO]
                                     list the service's dead letters, oldest first
                dead-letter C ID     show one, decoded where possible
                replay C ID          replay one to the consumer that set it aside (applied at most once)
                replay-all C [--source-topic T] [--reason R] [--from ISO] [--to ISO] [--again]
                                     replay every matching dead letter not replayed yet (--again: all of them)
                purge C [--before ISO]
                                     delete the consumer's dead letters (those set aside before a time)
                audit                rebuild the read models from the topics and print the keys that differ
                                     (exit code 3 when some do)
              options: --url URL (default http://127.0.0.1:<service port>), --token TOKEN (or LIFECYCLE_OPS_TOKEN),
                       --issuer URL (default http://127.0.0.1:9000), --data-dir DIR (default .data/local-stack)
              rights: replay, replay-all, purge and audit need the role operations-engineer; dead-letters and
                      dead-letter operations-viewer or operations-engineer. Without --token it signs in as the
                      embedded provider's client lifecycle-operations (operations-engineer).
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OperationsCommand() {}

    /** Runs the command; returns the exit code. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help")) {
            out.print(USAGE);
            return args.isEmpty() ? LauncherMain.EXIT_BAD_USAGE : 0;
        }
        Request request;
        try {
            request = Request.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return LauncherMain.EXIT_BAD_USAGE;
        }
        try {
            HttpResponse<String> response = send(request, token(request, err));
            if (response.statusCode() >= 400) {
                err.println(request.method() + " " + request.path() + " answered " + response.statusCode() + ": "
                        + response.body());
                if (response.statusCode() == 403) {
                    err.println("The token's roles may not do this: " + request.action() + " needs " + request.rights()
                            + ".");
                }
                return 1;
            }
            JsonNode body;
            try {
                body = JSON.readTree(response.body());
            } catch (JacksonException notJson) {
                body = null;
            }
            if (!readable(request, body)) {
                // A proxy's page or another version's answer: said as it came, not a stack trace.
                err.println(request.method() + " " + request.path() + " answered " + response.statusCode()
                        + " with what this tool does not read: " + abbreviated(response.body()));
                return 1;
            }
            return print(request, body, out);
        } catch (IOException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Whether the answer has the shape {@link #print} reads for this action. */
    private static boolean readable(Request request, JsonNode body) {
        if (body == null) {
            return false;
        }
        return switch (request.action()) {
            case "dead-letters" -> body.path("items").isArray();
            case "audit" -> body.path("differences").isArray();
            default -> true;
        };
    }

    private static String abbreviated(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    private static int print(Request request, JsonNode body, PrintStream out) {
        switch (request.action()) {
            case "dead-letters" -> {
                var items = body.get("items");
                out.printf("%d dead letters of %s%n", items.size(), body.get("consumers"));
                for (JsonNode item : items) {
                    out.printf(
                            "  %s  %s %-9s from %s-%s@%s  %s  key %s%s%n",
                            text(item, "time"),
                            text(item, "consumer"),
                            text(item, "id"),
                            text(item, "sourceTopic"),
                            text(item, "sourcePartition"),
                            text(item, "sourceOffset"),
                            text(item, "reasonType"),
                            text(item, "key"),
                            item.get("replayed").asBoolean() ? "  (replayed)" : "");
                }
            }
            case "audit" -> {
                var differences = body.get("differences");
                out.printf(
                        "Audit of %s (rebuilt as %s): %d keys compared in %s, partitions %s%n",
                        text(body, "liveApplication"),
                        text(body, "rebuildApplication"),
                        body.get("keysCompared").asLong(),
                        body.get("stores"),
                        body.get("partitions"));
                if (differences.isEmpty()) {
                    out.println("  no key differs: the read models equal a fold of the topics");
                    return 0;
                }
                for (JsonNode difference : differences) {
                    out.printf(
                            "  %s %s (partition %s): %s; live %s, rebuilt %s%n",
                            text(difference, "store"),
                            text(difference, "key"),
                            text(difference, "partition"),
                            text(difference, "kind"),
                            difference.get("live"),
                            difference.get("rebuilt"));
                }
                return EXIT_DIFFERENCES;
            }
            default -> out.println(body.toPrettyString());
        }
        return 0;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "-" : value.asString();
    }

    private static HttpResponse<String> send(Request request, String token) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var builder = HttpRequest.newBuilder(URI.create(request.url() + request.path()))
                .timeout(request.action().equals("audit") ? Duration.ofMinutes(15) : Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(request.method(), HttpRequest.BodyPublishers.noBody());
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(Request request, PrintStream err) throws IOException {
        if (request.token() != null) {
            return request.token();
        }
        String fromEnvironment = System.getenv("LIFECYCLE_OPS_TOKEN");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Path accounts = request.dataDir().resolve(RunningSystem.IDENTITY_FOLDER).resolve("accounts.properties");
        if (!Files.isReadable(accounts)) {
            throw new IllegalStateException("no --token, no LIFECYCLE_OPS_TOKEN, and no " + accounts
                    + " to sign in with (give --data-dir of the running system)");
        }
        var stored = new Properties();
        try (InputStream in = Files.newInputStream(accounts)) {
            stored.load(in);
        }
        String secret = stored.getProperty("client." + Clients.OPERATIONS + ".secret");
        if (secret == null) {
            throw new IllegalStateException(accounts + " names no secret for " + Clients.OPERATIONS
                    + " (a data folder of an older start: start the system once with this version)");
        }
        String token = new TokenClient(request.issuer())
                .clientCredentials(Clients.OPERATIONS, secret)
                .value();
        // On the error stream: what it did stays alone on the output, for a pipe.
        err.println("Signed in as client " + Clients.OPERATIONS + " (" + Roles.OPERATIONS_ENGINEER + ") at "
                + request.issuer());
        return token;
    }

    /** One parsed {@code ops} command line: where to send what. */
    record Request(
            String service,
            String action,
            String method,
            String path,
            String url,
            String token,
            String issuer,
            Path dataDir) {

        private static final List<String> WITH_VALUE = List.of(
                "--consumer",
                "--source-topic",
                "--reason",
                "--from",
                "--to",
                "--before",
                "--url",
                "--token",
                "--issuer",
                "--data-dir");

        /** The roles that may send it, as the services' rules name them. */
        String rights() {
            return method.equals("GET")
                    ? Roles.OPERATIONS_VIEWER + " or " + Roles.OPERATIONS_ENGINEER
                    : Roles.OPERATIONS_ENGINEER;
        }

        static Request parse(List<String> args) {
            List<String> positional = new ArrayList<>();
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--again")) {
                    options.put("again", "true");
                } else if (WITH_VALUE.contains(arg)) {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("Option " + arg + " needs a value.");
                    }
                    options.put(arg.substring(2), args.get(++i));
                } else if (arg.startsWith("--")) {
                    throw new IllegalArgumentException("Unknown option '" + arg + "'.");
                } else {
                    positional.add(arg);
                }
            }
            if (positional.size() < 2) {
                throw new IllegalArgumentException("Name a service and an action.");
            }
            String service = positional.get(0);
            ServiceSpec spec = Services.all().stream()
                    .filter(each -> each.name().equals(service))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown service '" + service + "'."));
            String action = positional.get(1);
            List<String> rest = positional.subList(2, positional.size());
            String base = "/api/v1/dead-letters";
            String method;
            String path;
            switch (action) {
                case "dead-letters" -> {
                    expect(action, rest, 0);
                    method = "GET";
                    path = base + query(options, "consumer", "source-topic", "reason", "from", "to");
                }
                case "dead-letter" -> {
                    expect(action, rest, 2);
                    method = "GET";
                    path = base + "/" + segment(rest.get(0)) + "/" + segment(rest.get(1));
                }
                case "replay" -> {
                    expect(action, rest, 2);
                    method = "POST";
                    path = base + "/" + segment(rest.get(0)) + "/" + segment(rest.get(1)) + "/replay";
                }
                case "replay-all" -> {
                    expect(action, rest, 1);
                    method = "POST";
                    path = base + "/" + segment(rest.get(0)) + "/replay"
                            + query(options, "source-topic", "reason", "from", "to", "again");
                }
                case "purge" -> {
                    expect(action, rest, 1);
                    method = "DELETE";
                    path = base + "/" + segment(rest.get(0)) + query(options, "before");
                }
                case "audit" -> {
                    expect(action, rest, 0);
                    method = "POST";
                    path = "/api/v1/read-model-audit";
                }
                default -> throw new IllegalArgumentException("Unknown action '" + action + "'.");
            }
            return new Request(
                    service,
                    action,
                    method,
                    path,
                    options.getOrDefault("url", "http://127.0.0.1:" + spec.port()),
                    options.get("token"),
                    options.getOrDefault("issuer", "http://127.0.0.1:" + LauncherOptions.DEFAULT_IDENTITY_PORT),
                    Path.of(options.getOrDefault("data-dir", LaunchOptions.DEFAULT_DATA_DIRECTORY.toString())));
        }

        private static void expect(String action, List<String> arguments, int count) {
            if (arguments.size() != count) {
                throw new IllegalArgumentException(action + " takes " + count + " argument(s), not " + arguments);
            }
        }

        /** The options named, as a query string; the API's parameter names are the options' in camel case. */
        private static String query(Map<String, String> options, String... names) {
            String query = List.of(names).stream()
                    .filter(options::containsKey)
                    .map(name -> camel(name) + "=" + URLEncoder.encode(options.get(name), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return query.isEmpty() ? "" : "?" + query;
        }

        private static String camel(String option) {
            int dash = option.indexOf('-');
            return dash < 0
                    ? option
                    : option.substring(0, dash)
                            + Character.toUpperCase(option.charAt(dash + 1))
                            + option.substring(dash + 2);
        }

        private static String segment(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
