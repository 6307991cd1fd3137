package edu.lifecycle.testing.security;

import edu.lifecycle.identity.Clients;
import edu.lifecycle.identity.DemoUsers;
import edu.lifecycle.identity.Roles;
import edu.lifecycle.testing.RunningService;
import edu.lifecycle.testing.TestIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of a running service's OpenAPI document, called by every kind of caller, each answer checked
 * against the access a test expects: no token, an expired token, a token of another issuer and a token with no role
 * are refused (401 asking for a bearer token, 401, 401, 403); each role the operation does not name gets 403; a student
 * on another student's id gets 404 where a student may read their own (existence is not disclosed) and 403 elsewhere;
 * each role it names gets through (any answer but 401, 403 or a server error). Every refusal is an RFC 9457 problem.
 *
 * <p>The expected access is the test's table, written from the roles table, never read from the service's rules. The
 * matrix fails when the document has an operation the table does not list (an endpoint added without a rule) and when
 * the table lists one the document lacks. One {@link DynamicTest} per (operation, caller), named for both.
 */
public final class SecurityMatrix {

    /** The provider's demo users, one per staff role and named after it; {@value #STUDENT} is its first student. */
    public static final List<String> STAFF_ROLES =
            Roles.ALL.stream().filter(role -> !role.equals(Roles.STUDENT)).toList();

    public static final String STUDENT = DemoUsers.STUDENT;
    public static final String OWN_STUDENT_ID = DemoUsers.STUDENT_ID;
    public static final String OTHER_STUDENT_ID = DemoUsers.STUDENT2_ID;

    /**
     * How the security layer words the 404 that hides another student's resource. A student's read of their own id
     * must never get it: a 404 there has to come from the service ("no application from ..."), not from the rules.
     */
    private static final String HIDDEN_DETAIL = "Nothing was found at ";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final String STUDENT_ID = "studentId";

    private final RunningService service;
    private final TestIdentity identity;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Operation, Access> expected = new LinkedHashMap<>();
    private final Map<String, String> pathValues = new HashMap<>(Map.of("year", "2026-2027"));
    private final Map<Operation, Function<String, String>> bodies = new HashMap<>();
    private final Map<Operation, Integer> ownStudentStatus = new HashMap<>();
    private final AtomicInteger freshIds = new AtomicInteger();
    private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);
    private final Map<String, String> tokens = new HashMap<>();
    private long elapsedNanos;
    private int requests;

    private SecurityMatrix(RunningService service, TestIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    public static SecurityMatrix of(RunningService service, TestIdentity identity) {
        return new SecurityMatrix(service, identity);
    }

    /** Who may call {@code operation} ({@code "GET /api/v1/accounts/{studentId}"}). */
    public SecurityMatrix expect(String operation, Access access) {
        if (expected.put(Operation.parse(operation), access) != null) {
            throw new IllegalArgumentException("The table lists " + operation + " twice");
        }
        return this;
    }

    /**
     * Who may call the kit's endpoints, the same in every service: the service's staff role and the operations viewer
     * read command outcomes (a student only those of their own commands) and policy rejections; the operations roles
     * alone see dead letters (they can hold any student's data), and only the operations engineer changes or loads
     * the system: replays, purges, and the read-model audit (a whole rebuild under a fresh application id).
     */
    public SecurityMatrix expectKitEndpoints(String staffRole) {
        var watchers = Access.roles(Roles.OPERATIONS_VIEWER, Roles.OPERATIONS_ENGINEER);
        var engineer = Access.roles(Roles.OPERATIONS_ENGINEER);
        return expect(
                        "GET /api/v1/commands/{commandId}",
                        Access.roles(staffRole, Roles.OPERATIONS_VIEWER).andStudentOnOwnResources())
                .expect("GET /api/v1/policy-rejections", Access.roles(staffRole, Roles.OPERATIONS_VIEWER))
                .expect("GET /api/v1/dead-letters", watchers)
                .expect("GET /api/v1/dead-letters/{consumer}/{deadLetterId}", watchers)
                .expect("POST /api/v1/dead-letters/{consumer}/{deadLetterId}/replay", engineer)
                .expect("POST /api/v1/dead-letters/{consumer}/replay", engineer)
                .expect("DELETE /api/v1/dead-letters/{consumer}", engineer)
                .expect("POST /api/v1/read-model-audit", engineer);
    }

    /** The value of a path variable other than {@code studentId} (e.g. a configured programme); {@code year} is set. */
    public SecurityMatrix pathValue(String variable, String value) {
        pathValues.put(variable, value);
        return this;
    }

    /** The body of a POST or PUT, from the student id it is about (the caller's case); {@code {}} otherwise. */
    public SecurityMatrix body(String operation, Function<String, String> forStudentId) {
        bodies.put(Operation.parse(operation), forStudentId);
        return this;
    }

    /** The exact status the student gets on their own id (e.g. 200 once their application was submitted). */
    public SecurityMatrix ownStudentAnswers(String operation, int status) {
        ownStudentStatus.put(Operation.parse(operation), status);
        return this;
    }

    /** How many requests the matrix sent, and how long they took together. */
    public String timing() {
        return requests + " requests in " + Duration.ofNanos(elapsedNanos).toMillis() + " ms";
    }

    /** The operations of the service's OpenAPI document, asked anonymously, as the public may. */
    public List<Operation> documented() {
        var answer = send("GET", "/v3/api-docs", null, null);
        if (answer.status() != 200 || answer.body() == null) {
            throw new AssertionError("GET /v3/api-docs answered anonymously: " + answer);
        }
        var operations = new TreeSet<Operation>();
        var paths = answer.body().get("paths");
        for (var path : paths.properties()) {
            for (var method : path.getValue().properties()) {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace")
                        .contains(method.getKey())) {
                    operations.add(new Operation(method.getKey(), path.getKey()));
                }
            }
        }
        return List.copyOf(operations);
    }

    /**
     * The matrix: first whether the table and the document list the same operations, then every listed operation
     * against every caller, in order, sequentially (tokens are kept between requests).
     */
    public Stream<DynamicTest> tests() {
        var documented = documented();
        var tests = new ArrayList<DynamicTest>();
        tests.add(DynamicTest.dynamicTest(
                "every operation of the OpenAPI document has an expected access, and no other", () -> {
                    var unlisted = new TreeSet<>(documented);
                    unlisted.removeAll(expected.keySet());
                    var absent = new TreeSet<>(expected.keySet());
                    absent.removeAll(documented);
                    if (!unlisted.isEmpty() || !absent.isEmpty()) {
                        throw new AssertionError("Operations without an expected access (an endpoint added without "
                                + "a rule?): " + unlisted + "; listed but not in the document: " + absent);
                    }
                }));
        for (var operation : documented) {
            var access = expected.get(operation);
            if (access != null) {
                cases(operation, access).forEach(tests::add);
            }
        }
        return tests.stream();
    }

    private List<DynamicTest> cases(Operation operation, Access access) {
        var cases = new ArrayList<DynamicTest>();
        cases.add(test(operation, "no token", () -> {
            var answer = call(operation, null, fresh());
            if (access.open()) {
                expectThrough(answer);
            } else {
                expectUnauthenticated(answer);
            }
        }));
        cases.add(test(operation, "expired token", () -> refusedAsUnauthenticated(operation, access, expired())));
        cases.add(test(
                operation, "token of another issuer", () -> refusedAsUnauthenticated(operation, access, foreign())));
        cases.add(test(operation, "token with no role", () -> {
            var answer = call(operation, identity.noRole(), fresh());
            if (access.open()) {
                expectThrough(answer);
            } else {
                expectProblem(answer, 403);
            }
        }));
        for (var role : STAFF_ROLES) {
            cases.add(test(operation, role, () -> {
                var answer = call(operation, identity.user(role), fresh());
                if (access.allows(role)) {
                    expectThrough(answer);
                } else {
                    expectProblem(answer, 403);
                }
            }));
        }
        cases.add(test(operation, "student on their own id", () -> {
            var answer = call(operation, identity.user(STUDENT), OWN_STUDENT_ID);
            if (access.open() || access.student() != Access.Student.NONE) {
                expectThrough(answer);
                expectNotHidden(answer);
                var status = ownStudentStatus.get(operation);
                if (status != null && answer.status() != status) {
                    throw new AssertionError("Expected " + status + " for the student's own id, got " + answer);
                }
            } else {
                expectProblem(answer, 403);
            }
        }));
        if (operation.names(STUDENT_ID) || bodies.containsKey(operation) || access.student() != Access.Student.NONE) {
            cases.add(test(operation, "student on someone else's id", () -> {
                var answer = call(operation, identity.user(STUDENT), OTHER_STUDENT_ID);
                if (access.open()) {
                    expectThrough(answer);
                    return;
                }
                switch (access.student()) {
                    case NONE, OWN_ID_IN_BODY -> expectProblem(answer, 403);
                    case OWN_ID_IN_PATH, OWN_RESOURCES_ONLY -> expectProblem(answer, 404);
                }
            }));
        }
        return cases;
    }

    /**
     * The actuator: health and readiness status answer anyone, without components or details; Prometheus needs an
     * operations role, {@code operations-viewer} (or the scrape client, which has only that role) or
     * {@code operations-engineer}.
     */
    public Stream<DynamicTest> actuatorTests() {
        var tests = new ArrayList<DynamicTest>();
        for (var probe : List.of("/actuator/health", "/actuator/health/readiness")) {
            tests.add(DynamicTest.dynamicTest("GET " + probe + " · no token: status only", () -> {
                var answer = send("GET", probe, null, null);
                if (answer.status() != 200
                        || answer.body() == null
                        || !"UP".equals(answer.body().path("status").asText())
                        || answer.body().has("components")
                        || answer.body().has("details")) {
                    throw new AssertionError("Expected 200 with the status only, got " + answer);
                }
            }));
        }
        var prometheus = "GET /actuator/prometheus · ";
        tests.add(DynamicTest.dynamicTest(
                prometheus + "no token", () -> expectUnauthenticated(send("GET", "/actuator/prometheus", null, null))));
        tests.add(DynamicTest.dynamicTest(
                prometheus + "bursar",
                () -> expectProblem(send("GET", "/actuator/prometheus", identity.user("bursar"), null), 403)));
        tests.add(DynamicTest.dynamicTest(
                prometheus + "student",
                () -> expectProblem(send("GET", "/actuator/prometheus", identity.user(STUDENT), null), 403)));
        tests.add(DynamicTest.dynamicTest(
                prometheus + "operations-viewer",
                () -> expectScraped(send("GET", "/actuator/prometheus", identity.user("operations-viewer"), null))));
        tests.add(DynamicTest.dynamicTest(
                prometheus + "operations-engineer",
                () -> expectScraped(send("GET", "/actuator/prometheus", identity.user("operations-engineer"), null))));
        tests.add(DynamicTest.dynamicTest(
                prometheus + "the metrics client",
                () -> expectScraped(send("GET", "/actuator/prometheus", identity.client(Clients.METRICS), null))));
        return tests.stream();
    }

    private static DynamicTest test(Operation operation, String caller, Runnable check) {
        var name = operation + " · " + caller;
        return DynamicTest.dynamicTest(name, () -> {
            try {
                check.run();
            } catch (AssertionError e) {
                // Reports may show a dynamic test by its index only: the failure names the operation and the caller.
                throw new AssertionError(name + ": " + e.getMessage(), e);
            }
        });
    }

    private void refusedAsUnauthenticated(Operation operation, Access access, String token) {
        var answer = call(operation, token, fresh());
        if (access.open()) {
            expectThrough(answer);
        } else {
            expectUnauthenticated(answer);
        }
    }

    private String expired() {
        return tokens.computeIfAbsent("expired", key -> identity.expired());
    }

    private String foreign() {
        return tokens.computeIfAbsent("foreign", key -> identity.foreignIssuer());
    }

    private String fresh() {
        return "mx" + run + "-" + freshIds.incrementAndGet();
    }

    private Answer call(Operation operation, String authorization, String studentId) {
        var path = fill(operation.path(), studentId);
        String body = null;
        if (operation.method().equals("POST") || operation.method().equals("PUT")) {
            body = bodies.getOrDefault(operation, id -> "{}").apply(studentId);
        }
        return send(operation.method(), path, authorization, body);
    }

    private String fill(String template, String studentId) {
        Matcher matcher = VARIABLE.matcher(template);
        var filled = new StringBuilder();
        while (matcher.find()) {
            var name = matcher.group(1);
            var value = name.equals(STUDENT_ID) ? studentId : pathValues.getOrDefault(name, "id-1");
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private Answer send(String method, String path, String authorization, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return Answer.of(method + " " + path, response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            elapsedNanos += System.nanoTime() - start;
            requests++;
        }
    }

    private static void expectUnauthenticated(Answer answer) {
        expectProblem(answer, 401);
        if (!answer.wwwAuthenticate().startsWith("Bearer")) {
            throw new AssertionError("A 401 must ask for a bearer token (WWW-Authenticate: Bearer ...): " + answer);
        }
    }

    private static void expectProblem(Answer answer, int status) {
        if (answer.status() != status) {
            throw new AssertionError("Expected " + status + ", got " + answer);
        }
        expectProblemBody(answer);
    }

    private static void expectProblemBody(Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")
                || answer.body() == null
                || answer.body().path("status").asInt() != answer.status()) {
            throw new AssertionError("Expected an RFC 9457 problem body (application/problem+json), got " + answer);
        }
    }

    /** Let through: the request reached the service, which answered without a server error; refusals are problems. */
    private static void expectThrough(Answer answer) {
        if (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500) {
            throw new AssertionError("Expected the request to be let through, got " + answer);
        }
        if (answer.status() >= 400) {
            expectProblemBody(answer);
        } else if (!answer.text().isEmpty() && !answer.contentType().startsWith("application/json")) {
            throw new AssertionError("Expected a JSON answer, got " + answer);
        }
    }

    private static void expectNotHidden(Answer answer) {
        if (answer.status() == 404
                && answer.body() != null
                && answer.body().path("detail").asText().startsWith(HIDDEN_DETAIL)) {
            throw new AssertionError("The student's own id was hidden from them as if it were another's: " + answer);
        }
    }

    private static void expectScraped(Answer answer) {
        if (answer.status() != 200 || !answer.text().contains("# TYPE ")) {
            throw new AssertionError("Expected the Prometheus exposition, got " + answer);
        }
    }

    /** An answer, with what the matrix checks of it. */
    record Answer(String request, int status, String contentType, String wwwAuthenticate, String text, JsonNode body) {

        static Answer of(String request, HttpResponse<String> response) {
            var contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = null;
            if (contentType.contains("json") && !response.body().isEmpty()) {
                try {
                    body = JSON.readTree(response.body());
                } catch (RuntimeException e) {
                    body = null;
                }
            }
            return new Answer(
                    request,
                    response.statusCode(),
                    contentType,
                    response.headers().firstValue("WWW-Authenticate").orElse(""),
                    response.body(),
                    body);
        }

        @Override
        public String toString() {
            var shown = text.length() > 400 ? text.substring(0, 400) + "…" : text;
            return request + " → " + status + " [" + contentType + "]"
                    + (wwwAuthenticate.isEmpty() ? "" : " WWW-Authenticate: " + wwwAuthenticate) + " " + shown;
        }
    }
}
