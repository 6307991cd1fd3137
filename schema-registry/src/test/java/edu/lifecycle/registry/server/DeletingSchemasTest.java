package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.StudentSchemas.EMAIL_WITH_DEFAULT;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeletingSchemasTest {

    @RegisterExtension
    final InMemoryRegistry registry = new InMemoryRegistry();

    private RegistryHttp http;

    @BeforeEach
    void twoVersions() {
        http = registry.http();
        http.register("probe-value", student(ID));
        http.register("probe-value", student(ID, EMAIL_WITH_DEFAULT));
    }

    @Test
    void softDeletingAVersionAnswersItsNumber() {
        Reply reply = http.delete("/subjects/probe-value/versions/1");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("1");
        assertThat(http.get("/subjects/probe-value/versions").body()).isEqualTo("[2]");
    }

    @Test
    void softDeletingLatestDeletesTheLatestLiveVersion() {
        assertThat(http.delete("/subjects/probe-value/versions/latest").body()).isEqualTo("2");
        assertThat(http.delete("/subjects/probe-value/versions/latest").body()).isEqualTo("1");
    }

    @Test
    void permanentlyDeletingASoftDeletedVersionRemovesItsId() {
        http.delete("/subjects/probe-value/versions/1");

        Reply reply = http.delete("/subjects/probe-value/versions/1?permanent=true");

        assertThat(reply.body()).isEqualTo("1");
        assertThat(http.get("/subjects/probe-value/versions?deleted=true").body())
                .isEqualTo("[2]");
        assertThat(http.get("/schemas/ids/1").errorCode()).isEqualTo(40403);
    }

    @Test
    void softDeletingASubjectAnswersItsLiveVersionsAndKeepsItsConfig() {
        http.setCompatibility("probe-value", "NONE");

        Reply reply = http.delete("/subjects/probe-value");

        assertThat(reply.body()).isEqualTo("[1,2]");
        assertThat(http.get("/subjects").body()).isEqualTo("[]");
        assertThat(http.get("/config/probe-value")
                        .json()
                        .get("compatibilityLevel")
                        .asText())
                .isEqualTo("NONE");
    }

    @Test
    void permanentlyDeletingASubjectRemovesItsVersionsConfigAndMode() {
        http.setCompatibility("probe-value", "NONE");
        http.setMode("probe-value", "READWRITE");
        http.delete("/subjects/probe-value");

        Reply reply = http.delete("/subjects/probe-value?permanent=true");

        assertThat(reply.body()).isEqualTo("[1,2]");
        assertThat(http.get("/subjects?deleted=true").body()).isEqualTo("[]");
        assertThat(http.get("/config/probe-value").errorCode()).isEqualTo(40408);
        assertThat(http.get("/mode/probe-value").errorCode()).isEqualTo(40409);
        assertThat(http.get("/subjects/probe-value/versions").errorCode()).isEqualTo(40401);
    }

    @Test
    void readOnlyModeRefusesDeletes() {
        http.setMode("probe-value", "READONLY");

        assertThat(http.delete("/subjects/probe-value").errorCode()).isEqualTo(42205);
        assertThat(http.delete("/subjects/probe-value/versions/1").errorCode()).isEqualTo(42205);
    }
}
