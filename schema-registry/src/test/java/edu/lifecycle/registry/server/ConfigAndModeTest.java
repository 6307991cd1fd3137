package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.StudentSchemas.EMAIL;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfigAndModeTest {

    @RegisterExtension
    final InMemoryRegistry registry = new InMemoryRegistry();

    private RegistryHttp http() {
        return registry.http();
    }

    @Test
    void theGlobalLevelDefaultsToBackward() {
        assertThat(http().get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    }

    @Test
    void putTakesAndEchoesCompatibilityInAnyCase() {
        Reply reply = http().put("/config", "{\"compatibility\":\"full\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"compatibility\":\"FULL\"}");
        assertThat(http().get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
    }

    @Test
    void anEmptyUpdateChangesNothing() {
        assertThat(http().put("/config", "{}").body()).isEqualTo("{}");
        assertThat(http().get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    }

    @Test
    void deletingTheGlobalConfigRestoresTheDefault() {
        http().put("/config", "{\"compatibility\":\"NONE\"}");

        assertThat(http().delete("/config").body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
        assertThat(http().get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    }

    @Test
    void aSubjectLevelWinsOverTheGlobalOne() {
        http().put("/config", "{\"compatibility\":\"FULL\"}");
        http().register("probe-value", student(ID));

        assertThat(http().setCompatibility("probe-value", "NONE").body()).isEqualTo("{\"compatibility\":\"NONE\"}");

        assertThat(http().get("/config/probe-value").body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
        assertThat(http().register("probe-value", student(ID, EMAIL)).status()).isEqualTo(200);
    }

    @Test
    void defaultToGlobalAnswersForSubjectsWithoutTheirOwnLevel() {
        http().put("/config", "{\"compatibility\":\"FORWARD\"}");

        assertThat(http().get("/config/probe-value?defaultToGlobal=true").body())
                .isEqualTo("{\"compatibilityLevel\":\"FORWARD\"}");
    }

    @Test
    void deletingASubjectLevelAnswersItAndFallsBackToGlobal() {
        http().setCompatibility("probe-value", "NONE");

        assertThat(http().delete("/config/probe-value").body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
        assertThat(http().get("/config/probe-value").errorCode()).isEqualTo(40408);
    }

    @Test
    void normalizeIsKeptBesideTheLevel() {
        http().put("/config/probe-value", "{\"normalize\":true,\"compatibility\":\"FULL_TRANSITIVE\"}");
        http().put("/config/probe-value", "{\"compatibility\":\"NONE\"}");

        assertThat(http().get("/config/probe-value").body())
                .isEqualTo("{\"compatibilityLevel\":\"NONE\",\"normalize\":true}");
    }

    @Test
    void theGlobalModeDefaultsToReadWrite() {
        assertThat(http().get("/mode").body()).isEqualTo("{\"mode\":\"READWRITE\"}");
    }

    @Test
    void putModeEchoesIt() {
        assertThat(http().put("/mode", "{\"mode\":\"READONLY\"}").body()).isEqualTo("{\"mode\":\"READONLY\"}");
        assertThat(http().get("/mode").body()).isEqualTo("{\"mode\":\"READONLY\"}");
    }

    @Test
    void aSubjectModeWinsOverTheGlobalOne() {
        http().put("/mode", "{\"mode\":\"READONLY\"}");
        http().setMode("probe-value", "READWRITE");

        assertThat(http().get("/mode/probe-value").body()).isEqualTo("{\"mode\":\"READWRITE\"}");
        assertThat(http().register("probe-value", student(ID)).status()).isEqualTo(200);
        assertThat(http().register("other-value", student(ID)).errorCode()).isEqualTo(42205);
    }

    @Test
    void defaultToGlobalAnswersForSubjectsWithoutTheirOwnMode() {
        assertThat(http().get("/mode/probe-value?defaultToGlobal=true").body()).isEqualTo("{\"mode\":\"READWRITE\"}");
    }

    @Test
    void deletingASubjectModeAnswersIt() {
        http().setMode("probe-value", "READONLY");

        assertThat(http().delete("/mode/probe-value").body()).isEqualTo("{\"mode\":\"READONLY\"}");
        assertThat(http().get("/mode/probe-value").errorCode()).isEqualTo(40409);
    }

    @Test
    void importModeWithSchemasPresentNeedsForce() {
        http().register("probe-value", student(ID));

        assertThat(http().put("/mode?force=true", "{\"mode\":\"IMPORT\"}").body())
                .isEqualTo("{\"mode\":\"IMPORT\"}");
    }
}
