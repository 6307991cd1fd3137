package edu.lifecycle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import edu.lifecycle.identity.Clients;
import edu.lifecycle.identity.IdentityProvider;
import edu.lifecycle.identity.IdentitySettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./run.sh ops …} against a stand-in service on 127.0.0.1: what it asks, how it prints, how it exits. */
class OperationsCommandTest {

    private HttpServer server;
    private final List<String> asked = new ArrayList<>();
    private String answer = "{}";
    private int status = 200;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anAuditWithDifferencesPrintsEachKeyAndExitsWithThree() {
        answer = """
                {"liveApplication":"billing-service-read-models","rebuildApplication":"billing-service-audit-1",
                 "partitions":[0,1,2],"stores":["receivables"],"skippedStores":[],"keysCompared":12,
                 "differences":[{"store":"receivables","partition":1,"key":"s00042","kind":"DIFFERENT",
                                 "live":{"due":"10.00"},"rebuilt":{"due":"5.00"}}]}
                """;

        int exit = ops("billing", "audit");

        assertThat(exit).isEqualTo(OperationsCommand.EXIT_DIFFERENCES);
        assertThat(asked).containsExactly("POST /api/v1/read-model-audit Bearer t0ken");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("12 keys compared")
                .contains(
                        "receivables s00042 (partition 1): DIFFERENT; live {\"due\":\"10.00\"}, rebuilt {\"due\":\"5.00\"}");
    }

    @Test
    void anAnswerTheToolCannotReadIsSaidAsItCameAndExitsWithOne() {
        answer = "<html><body>Bad gateway</body></html>";
        assertThat(ops("billing", "audit")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("POST /api/v1/read-model-audit answered 200 with what this tool does not read:")
                .contains("Bad gateway");

        err.reset();
        answer = "{\"consumers\":[]}";
        assertThat(ops("billing", "dead-letters")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(
                        "GET /api/v1/dead-letters answered 200 with what this tool does not read: {\"consumers\":[]}");
    }

    @Test
    void aCleanAuditSaysSoAndExitsWithZero() {
        answer = """
                {"liveApplication":"billing-service-read-models","rebuildApplication":"billing-service-audit-1",
                 "partitions":[0],"stores":["receivables"],"skippedStores":[],"keysCompared":3,"differences":[]}
                """;

        assertThat(ops("billing", "audit")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no key differs");
    }

    @Test
    void deadLettersAreListedWithTheirFiltersAndEachActionReachesItsEndpoint() {
        answer = """
                {"consumers":["billing-service","billing-service-read-models"],"items":[
                  {"consumer":"billing-service","id":"0-7","partition":0,"offset":7,"key":"s00001",
                   "sourceTopic":"admissions.events","sourcePartition":2,"sourceOffset":41,
                   "reasonType":"SerializationException","reason":"…","time":"2026-09-01T10:00:00Z","replayed":true}]}
                """;

        assertThat(ops("billing", "dead-letters", "--source-topic", "admissions.events", "--reason", "Serialization"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("1 dead letters")
                .contains("billing-service 0-7")
                .contains("from admissions.events-2@41")
                .contains("SerializationException")
                .contains("(replayed)");
        answer = "{}";
        ops("billing", "dead-letter", "billing-service", "0-7");
        ops("billing", "replay", "billing-service", "0-7");
        ops("billing", "replay-all", "billing-service", "--reason", "SerializationException", "--again");
        ops("billing", "purge", "billing-service-read-models", "--before", "2026-09-02T00:00:00Z");

        assertThat(asked)
                .extracting(line -> line.substring(0, line.lastIndexOf(" Bearer")))
                .containsExactly(
                        "GET /api/v1/dead-letters?sourceTopic=admissions.events&reason=Serialization",
                        "GET /api/v1/dead-letters/billing-service/0-7",
                        "POST /api/v1/dead-letters/billing-service/0-7/replay",
                        "POST /api/v1/dead-letters/billing-service/replay?reason=SerializationException&again=true",
                        "DELETE /api/v1/dead-letters/billing-service-read-models?before=2026-09-02T00%3A00%3A00Z");
    }

    @Test
    void aBadCommandLineIsRefusedWithTheUsage() {
        assertThat(ops("bursary", "audit")).isEqualTo(LauncherMain.EXIT_BAD_USAGE);
        assertThat(ops("billing", "replay", "billing-service")).isEqualTo(LauncherMain.EXIT_BAD_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Unknown service 'bursary'")
                .contains("replay takes 2 argument(s)")
                .contains("Usage: ./run.sh ops");
        assertThat(asked).isEmpty();
    }

    @Test
    void withoutATokenItSignsInAsTheOperationsClientWhoseOnlyRoleIsTheEngineersAndSaysSo(@TempDir Path data) {
        try (var identity =
                IdentityProvider.start(IdentitySettings.forTests(data.resolve(RunningSystem.IDENTITY_FOLDER)))) {
            answer = "{\"replayed\":1}";
            var signIn = List.of("--issuer", identity.issuer(), "--data-dir", data.toString());

            assertThat(opsSignedIn(signIn, "billing", "replay", "billing-service", "0-7"))
                    .isZero();
            assertThat(opsSignedIn(signIn, "billing", "purge", "billing-service"))
                    .isZero();
            answer = "{\"consumers\":[\"billing-service\"],\"items\":[]}";
            assertThat(opsSignedIn(signIn, "billing", "dead-letters")).isZero();

            assertThat(asked).hasSize(3).allSatisfy(line -> {
                var claims = claims(line.substring(line.lastIndexOf("Bearer ") + "Bearer ".length()));
                assertThat(claims.get("sub").asString()).isEqualTo(Clients.OPERATIONS);
                assertThat(claims.get("roles").valueStream().map(JsonNode::asString))
                        .as("replay, purge and audit need operations-engineer; listing allows it too")
                        .containsExactly("operations-engineer");
            });
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("Signed in as client lifecycle-operations (operations-engineer) at " + identity.issuer());
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .as("the output stays what the service answered")
                    .doesNotContain("Signed in");
        }
    }

    @Test
    void aRefusalSaysWhichRoleTheActionNeeds() {
        status = 403;
        answer = "{\"status\":403,\"detail\":\"This request needs one of the roles: operations-engineer.\"}";

        assertThat(ops("billing", "audit")).isEqualTo(1);
        assertThat(ops("billing", "dead-letters")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("POST /api/v1/read-model-audit answered 403")
                .contains("The token's roles may not do this: audit needs operations-engineer.")
                .contains("dead-letters needs operations-viewer or operations-engineer.");
    }

    private int opsSignedIn(List<String> signIn, String... args) {
        var line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--url", "http://127.0.0.1:" + server.getAddress().getPort()));
        line.addAll(signIn);
        return OperationsCommand.run(
                line,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The claims of a JWT, read without checking it: the service checks it, this test asks what it says. */
    private static JsonNode claims(String jwt) {
        var payload = jwt.split("\\.")[1];
        return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(payload));
    }

    private int ops(String... args) {
        var line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--url", "http://127.0.0.1:" + server.getAddress().getPort(), "--token", "t0ken"));
        return OperationsCommand.run(
                line,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
