package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.StudentSchemas.EMAIL;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.course;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error the registry answers, with Confluent's HTTP status, error code and message. */
class ErrorCodesTest {

    private static final String PROBE = "probe-value";

    @RegisterExtension
    final InMemoryRegistry registry = new InMemoryRegistry();

    /**
     * One row of the table.
     *
     * @param message the exact message, or {@code null} when only the codes are fixed
     */
    record ErrorCase(
            String situation,
            Consumer<RegistryHttp> given,
            Function<RegistryHttp, Reply> when,
            int status,
            int errorCode,
            String message) {
        @Override
        public String toString() {
            return errorCode + " " + situation;
        }
    }

    static Stream<ErrorCase> errors() {
        Consumer<RegistryHttp> nothing = http -> {};
        Consumer<RegistryHttp> probeRegistered = http -> http.register(PROBE, student(ID));
        Consumer<RegistryHttp> probeSoftDeleted = probeRegistered.andThen(http -> http.delete("/subjects/" + PROBE));
        Consumer<RegistryHttp> probeVersionSoftDeleted =
                probeRegistered.andThen(http -> http.delete("/subjects/" + PROBE + "/versions/1"));
        return Stream.of(
                new ErrorCase(
                        "versions of an unknown subject",
                        nothing,
                        http -> http.get("/subjects/nosuch-value/versions"),
                        404,
                        40401,
                        "Subject 'nosuch-value' not found."),
                new ErrorCase(
                        "lookup under an unknown subject",
                        nothing,
                        http -> http.lookUp("nosuch-value", student(ID)),
                        404,
                        40401,
                        "Subject 'nosuch-value' not found."),
                new ErrorCase(
                        "a version of an unknown subject",
                        nothing,
                        http -> http.get("/subjects/nosuch-value/versions/latest"),
                        404,
                        40401,
                        null),
                new ErrorCase(
                        "deleting an unknown subject",
                        nothing,
                        http -> http.delete("/subjects/nosuch-value"),
                        404,
                        40401,
                        null),
                new ErrorCase(
                        "versions of a soft-deleted subject",
                        probeSoftDeleted,
                        http -> http.get("/subjects/" + PROBE + "/versions"),
                        404,
                        40401,
                        null),
                new ErrorCase(
                        "a version that does not exist",
                        probeRegistered,
                        http -> http.get("/subjects/" + PROBE + "/versions/99"),
                        404,
                        40402,
                        "Version 99 not found."),
                new ErrorCase(
                        "a soft-deleted version without deleted=true",
                        probeRegistered
                                .andThen(http -> http.register(PROBE, student(ID, StudentSchemas.EMAIL_WITH_DEFAULT)))
                                .andThen(http -> http.delete("/subjects/" + PROBE + "/versions/1")),
                        http -> http.get("/subjects/" + PROBE + "/versions/1"),
                        404,
                        40402,
                        "Version 1 not found."),
                new ErrorCase(
                        "testing compatibility against a missing version",
                        probeRegistered,
                        http -> http.post(
                                "/compatibility/subjects/" + PROBE + "/versions/5",
                                RegistryHttp.schemaBody(student(ID))),
                        404,
                        40402,
                        null),
                new ErrorCase(
                        "lookup of a schema the subject does not hold",
                        probeRegistered,
                        http -> http.lookUp(PROBE, course()),
                        404,
                        40403,
                        "Schema not found"),
                new ErrorCase(
                        "an unknown id",
                        nothing,
                        http -> http.get("/schemas/ids/9999"),
                        404,
                        40403,
                        "Schema 9999 not found"),
                new ErrorCase(
                        "an unknown guid",
                        nothing,
                        http -> http.get("/schemas/guids/00000000-0000-0000-0000-000000000000"),
                        404,
                        40403,
                        null),
                new ErrorCase(
                        "a non-numeric id",
                        nothing,
                        http -> http.get("/schemas/ids/abc"),
                        404,
                        404,
                        "HTTP 404 Not Found"),
                new ErrorCase(
                        "soft-deleting a soft-deleted subject",
                        probeSoftDeleted,
                        http -> http.delete("/subjects/" + PROBE),
                        404,
                        40404,
                        "Subject 'probe-value' was soft deleted.Set permanent=true to delete permanently"),
                new ErrorCase(
                        "permanently deleting a subject not soft-deleted first",
                        probeRegistered,
                        http -> http.delete("/subjects/" + PROBE + "?permanent=true"),
                        404,
                        40405,
                        "Subject 'probe-value' was not deleted first before being permanently deleted"),
                new ErrorCase(
                        "soft-deleting a soft-deleted version",
                        probeVersionSoftDeleted,
                        http -> http.delete("/subjects/" + PROBE + "/versions/1"),
                        404,
                        40406,
                        "Subject 'probe-value' Version 1 was soft deleted.Set permanent=true to delete permanently"),
                new ErrorCase(
                        "permanently deleting a version not soft-deleted first",
                        probeRegistered,
                        http -> http.delete("/subjects/" + PROBE + "/versions/1?permanent=true"),
                        404,
                        40407,
                        "Subject 'probe-value' Version 1 was not deleted first before being permanently deleted"),
                new ErrorCase(
                        "a subject without its own compatibility",
                        probeRegistered,
                        http -> http.get("/config/" + PROBE),
                        404,
                        40408,
                        "Subject 'probe-value' does not have subject-level compatibility configured"),
                new ErrorCase(
                        "deleting a compatibility the subject does not have",
                        probeRegistered,
                        http -> http.delete("/config/" + PROBE),
                        404,
                        40408,
                        null),
                new ErrorCase(
                        "a subject without its own mode",
                        probeRegistered,
                        http -> http.get("/mode/" + PROBE),
                        404,
                        40409,
                        "Subject 'probe-value' does not have subject-level mode configured"),
                new ErrorCase(
                        "an incompatible schema",
                        probeRegistered,
                        http -> http.register(PROBE, student(ID, EMAIL)),
                        409,
                        40901,
                        null),
                new ErrorCase(
                        "an invalid Avro type",
                        nothing,
                        http -> http.register(PROBE, "{\"type\":\"recrd\"}"),
                        422,
                        42201,
                        null),
                new ErrorCase(
                        "schema text that is not JSON",
                        nothing,
                        http -> http.register(PROBE, "this is not json"),
                        422,
                        42201,
                        null),
                new ErrorCase(
                        "an unknown schema type",
                        nothing,
                        http -> http.post(
                                "/subjects/" + PROBE + "/versions",
                                "{\"schemaType\":\"XML\",\"schema\":\"<student/>\"}"),
                        422,
                        42201,
                        "Invalid schema type XML"),
                new ErrorCase(
                        "a body without a schema",
                        nothing,
                        http -> http.post("/subjects/" + PROBE + "/versions", "{}"),
                        422,
                        42201,
                        "Empty schema"),
                new ErrorCase(
                        "an empty body",
                        nothing,
                        http -> http.post("/subjects/" + PROBE + "/versions", ""),
                        422,
                        422,
                        null),
                new ErrorCase(
                        "a body that is not JSON",
                        nothing,
                        http -> http.post("/subjects/" + PROBE + "/versions", "{oops"),
                        400,
                        400,
                        null),
                new ErrorCase(
                        "version 0",
                        probeRegistered,
                        http -> http.get("/subjects/" + PROBE + "/versions/0"),
                        422,
                        42202,
                        "The specified version '0' is not a valid version id. Allowed values are between [1, 2^31-1]"
                                + " and the string \"latest\""),
                new ErrorCase(
                        "a version that is not a number",
                        probeRegistered,
                        http -> http.get("/subjects/" + PROBE + "/versions/abc"),
                        422,
                        42202,
                        null),
                new ErrorCase(
                        "deleting version 0",
                        probeRegistered,
                        http -> http.delete("/subjects/" + PROBE + "/versions/0"),
                        422,
                        42202,
                        null),
                new ErrorCase(
                        "an unknown compatibility level",
                        nothing,
                        http -> http.put("/config", "{\"compatibility\":\"SIDEWAYS\"}"),
                        422,
                        42203,
                        "Invalid compatibility level. Valid values are none, backward, forward, full,"
                                + " backward_transitive, forward_transitive, and full_transitive"),
                new ErrorCase(
                        "an unknown mode",
                        nothing,
                        http -> http.put("/mode", "{\"mode\":\"SLEEPY\"}"),
                        422,
                        42204,
                        null),
                new ErrorCase(
                        "registering in read-only mode",
                        http -> http.put("/mode", "{\"mode\":\"READONLY\"}"),
                        http -> http.register(PROBE, student(ID)),
                        422,
                        42205,
                        "Subject probe-value in context  is in read-only mode"),
                new ErrorCase(
                        "switching to import mode with schemas present",
                        probeRegistered,
                        http -> http.put("/mode", "{\"mode\":\"IMPORT\"}"),
                        422,
                        42205,
                        null),
                new ErrorCase(
                        "deleting a version another schema references",
                        probeRegistered.andThen(http -> http.post(
                                "/subjects/referrer-value/versions",
                                "{\"schema\":\"{\\\"type\\\":\\\"array\\\",\\\"items\\\":"
                                        + "\\\"edu.lifecycle.Student\\\"}\",\"references\":[{\"name\":"
                                        + "\"edu.lifecycle.Student\",\"subject\":\"probe-value\",\"version\":1}]}")),
                        http -> http.delete("/subjects/" + PROBE + "/versions/1"),
                        422,
                        42206,
                        "One or more references exist to the schema {magic=1,keytype=SCHEMA,subject=probe-value,"
                                + "version=1}."),
                new ErrorCase(
                        "a client that accepts none of the registry's types",
                        nothing,
                        http -> http.send("GET", "/subjects", null, RegistryHttp.REGISTRY_JSON, "text/plain"),
                        406,
                        406,
                        "HTTP 406 Not Acceptable"),
                new ErrorCase("an unknown path", nothing, http -> http.get("/nowhere"), 404, 404, "HTTP 404 Not Found"),
                new ErrorCase(
                        "a known path with another method",
                        nothing,
                        http -> http.put("/subjects", "{}"),
                        405,
                        405,
                        "HTTP 405 Method Not Allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void answersWithConfluentsStatusAndErrorCode(ErrorCase error) {
        error.given().accept(registry.http());

        Reply reply = error.when().apply(registry.http());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(error.status());
        assertThat(reply.errorCode()).as(reply.toString()).isEqualTo(error.errorCode());
        assertThat(reply.contentType()).isEqualTo(RegistryHttp.REGISTRY_JSON);
        if (error.message() != null) {
            assertThat(reply.message()).isEqualTo(error.message());
        }
    }
}
