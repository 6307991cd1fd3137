package edu.lifecycle.servicekit.command;

import static edu.lifecycle.servicekit.ledger.LedgerInstance.json;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.ledger.LedgerInstance;
import edu.lifecycle.servicekit.ledger.TestRuns;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@KafkaStack
class CommandsOverHttpIntegrationTest {

    private static LedgerInstance ledger;

    @BeforeAll
    static void start(StackEndpoints endpoints) {
        ledger = LedgerInstance.start(endpoints, TestRuns.newRun("http"), "a", Map.of());
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void acceptedCreationAnswers201WithTheViewAndLocation() {
        String id = newAccountId();
        HttpResponse<String> response = open(id, "Ada");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/accounts/" + id);
        assertThat(json(response).get("owner").asString()).isEqualTo("Ada");
        assertThat(json(response).get("balance").asLong()).isZero();
    }

    @Test
    void conflictIs409ProblemNamingTheRule() {
        String id = newAccountId();
        open(id, "Ada");

        HttpResponse<String> response = open(id, "Bob");

        assertProblem(response, 409);
        assertThat(json(response).get("rule").asString()).isEqualTo("account-already-open");
        assertThat(json(response).get("commandId").asString()).isNotBlank();
    }

    @Test
    void brokenRuleIs422ProblemNamingTheRule() {
        String id = newAccountId();
        open(id, "Ada");

        HttpResponse<String> response = ledger.post("/api/v1/accounts/" + id + "/withdrawals", "{\"amount\": 5}");

        assertProblem(response, 422);
        assertThat(json(response).get("rule").asString()).isEqualTo("balance-must-cover-withdrawal");
        assertThat(json(response).get("detail").asString()).contains("overdraw");
    }

    @Test
    void commandOnMissingAggregateIs404ProblemNamingTheRule() {
        HttpResponse<String> response = ledger.post("/api/v1/accounts/nobody/deposits", "{\"amount\": 5}");

        assertProblem(response, 404);
        assertThat(json(response).get("rule").asString()).isEqualTo("account-must-exist");
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheFirstOutcomeAndHasOneEffect() {
        String id = newAccountId();
        open(id, "Ada");
        String key = "deposit-" + UUID.randomUUID();

        HttpResponse<String> first = deposit(id, 40, key);
        HttpResponse<String> repeated = deposit(id, 40, key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(json(repeated)).isEqualTo(json(first));
        assertThat(json(ledger.get("/api/v1/accounts/" + id)).get("balance").asLong())
                .isEqualTo(40);
        assertThat(json(deposit(id, 1, null)).get("balance").asLong()).isEqualTo(41);
    }

    @Test
    void idempotencyKeyReusedForAnotherBodyIs422AndChangesNothing() {
        String id = newAccountId();
        open(id, "Ada");
        String key = "deposit-" + UUID.randomUUID();
        deposit(id, 40, key);

        HttpResponse<String> reused = deposit(id, 99, key);

        assertProblem(reused, 422);
        assertThat(json(reused).get("rule").asString()).isEqualTo("idempotency-key-reused");
        assertThat(balanceOf(id)).isEqualTo(40);
        assertThat(deposit(id, 40, key).statusCode()).isEqualTo(200);
    }

    @Test
    void idempotencyKeyReusedOnAnotherEndpointIs422() {
        String id = newAccountId();
        open(id, "Ada");
        String key = "money-" + UUID.randomUUID();
        deposit(id, 40, key);

        HttpResponse<String> reused =
                ledger.post("/api/v1/accounts/" + id + "/withdrawals", "{\"amount\": 40}", "Idempotency-Key", key);

        assertProblem(reused, 422);
        assertThat(balanceOf(id)).isEqualTo(40);
    }

    @Test
    void tenDifferentRequestsSentAtOnceUnderOneKeyApplyOneAndRefuseTheOthers() throws Exception {
        String id = newAccountId();
        open(id, "Ada");
        String key = "race-" + UUID.randomUUID();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(10);
        try {
            for (int amount = 1; amount <= 10; amount++) {
                int sent = amount;
                answers.add(CompletableFuture.supplyAsync(() -> deposit(id, sent, key), pool));
            }
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        List<HttpResponse<String>> accepted = new ArrayList<>();
        for (var answer : answers) {
            HttpResponse<String> response = answer.get();
            if (response.statusCode() == 200) {
                accepted.add(response);
            } else {
                assertProblem(response, 422);
            }
        }
        assertThat(accepted).hasSize(1);
        assertThat(balanceOf(id)).isEqualTo(json(accepted.get(0)).get("balance").asLong());
    }

    @Test
    void decidedCommandCanBeLookedUpById() {
        String id = newAccountId();
        String key = "open-" + id;
        ledger.post("/api/v1/accounts", "{\"accountId\": \"" + id + "\", \"owner\": \"Ada\"}", "Idempotency-Key", key);

        HttpResponse<String> response = ledger.get("/api/v1/commands/" + key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(json(response).get("aggregateKey").asString()).isEqualTo(id);
    }

    @Test
    void unknownCommandIs404ProblemThatMentionsItMayBePending() {
        HttpResponse<String> response = ledger.get("/api/v1/commands/never-sent");

        assertProblem(response, 404);
        assertThat(json(response).get("detail").asString()).contains("still being decided");
    }

    @Test
    void malformedIdempotencyKeyIs400() {
        HttpResponse<String> response = ledger.post(
                "/api/v1/accounts", "{\"accountId\": \"x\", \"owner\": \"Ada\"}", "Idempotency-Key", "not valid!");

        assertProblem(response, 400);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void malformedJsonIs400ProblemSayingSo() {
        HttpResponse<String> response = ledger.post("/api/v1/accounts", "{\"accountId\": ");

        assertProblem(response, 400);
        assertThat(json(response).get("detail").asString()).contains("not valid JSON");
    }

    @Test
    void fieldOfWrongTypeIs400ProblemNamingTheField() {
        HttpResponse<String> response = ledger.post("/api/v1/accounts/x/deposits", "{\"amount\": \"lots\"}");

        assertProblem(response, 400);
        assertThat(fieldsIn(json(response))).containsExactly("amount");
    }

    @Test
    void invalidFieldsAre400ProblemNamingEachField() {
        HttpResponse<String> response =
                ledger.post("/api/v1/accounts", "{\"accountId\": \"no spaces\", \"owner\": \"\"}");

        assertProblem(response, 400);
        assertThat(fieldsIn(json(response))).containsExactlyInAnyOrder("accountId", "owner");
    }

    @Test
    void missingBodyIs400Problem() {
        HttpResponse<String> response = ledger.send(HttpRequest.newBuilder(ledger.uri("/api/v1/accounts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertProblem(response, 400);
    }

    @Test
    void unsupportedMediaTypeIs415Problem() {
        HttpResponse<String> response = ledger.send(HttpRequest.newBuilder(ledger.uri("/api/v1/accounts"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));

        assertProblem(response, 415);
    }

    @Test
    void aMethodNoAccessRuleNamesIsRefused403ProblemEvenToEveryStaffRole() {
        HttpResponse<String> response = ledger.send(
                HttpRequest.newBuilder(ledger.uri("/api/v1/accounts/x")).DELETE());

        assertProblem(response, 403);
    }

    @Test
    void anUnknownRouteIsRefused403ProblemSinceNoAccessRuleCoversIt() {
        assertProblem(ledger.get("/api/v1/nothing-here"), 403);
    }

    @Test
    void aStudentSeesTheOutcomeOfTheirOwnCommandOnlyAndAnotherStudentsIsUnknown() {
        // The demo student of the run's provider, signed in without a password: student_id s00001.
        String student = "s00001";
        String key = "open-" + UUID.randomUUID();
        String token = ledger.identity().user("student");
        HttpResponse<String> opened = ledger.send(HttpRequest.newBuilder(ledger.uri("/api/v1/accounts"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .header("Authorization", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"accountId\": \"" + student + "\", \"owner\": \"Ada\"}")));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);

        HttpResponse<String> own = ledger.send(
                HttpRequest.newBuilder(ledger.uri("/api/v1/commands/" + key)).header("Authorization", token));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        HttpResponse<String> someoneElses = ledger.send(HttpRequest.newBuilder(ledger.uri("/api/v1/commands/" + key))
                .header("Authorization", ledger.identity().user("student2")));
        assertProblem(someoneElses, 404);
        HttpResponse<String> underAnotherName = ledger.send(HttpRequest.newBuilder(ledger.uri("/api/v1/accounts"))
                .header("Content-Type", "application/json")
                .header("Authorization", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"accountId\": \"someone-else\", \"owner\": \"Ada\"}")));
        assertProblem(underAnotherName, 403);
    }

    private static HttpResponse<String> open(String id, String owner) {
        return ledger.post("/api/v1/accounts", "{\"accountId\": \"" + id + "\", \"owner\": \"" + owner + "\"}");
    }

    private static HttpResponse<String> deposit(String id, long amount, String idempotencyKey) {
        String path = "/api/v1/accounts/" + id + "/deposits";
        String body = "{\"amount\": " + amount + "}";
        return idempotencyKey == null
                ? ledger.post(path, body)
                : ledger.post(path, body, "Idempotency-Key", idempotencyKey);
    }

    private static long balanceOf(String id) {
        return json(ledger.get("/api/v1/accounts/" + id)).get("balance").asLong();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
        assertThat(json(response).get("title").asString()).isNotBlank();
    }

    private static java.util.List<String> fieldsIn(JsonNode problem) {
        return problem.get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }

    private static String newAccountId() {
        return "acc-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
