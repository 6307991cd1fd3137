package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.registry.server.log.SchemaLogException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoreFailureTest {

    private final FailingSchemaLog schemaLog = new FailingSchemaLog();
    private SchemaRegistryServer server;
    private RegistryHttp http;

    @BeforeEach
    void start() {
        server = SchemaRegistryServer.start(RegistrySettings.inMemory(), schemaLog);
        http = new RegistryHttp(server.url());
        http.register("probe-value", student(ID));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFailedWriteIsA50001() {
        schemaLog.failWith(new SchemaLogException("broker gone", false, null));

        Reply reply = http.setCompatibility("probe-value", "NONE");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.errorCode()).isEqualTo(50001);
    }

    @Test
    void aWriteThatDoesNotComeBackInTimeIsA50002() {
        schemaLog.failWith(new SchemaLogException("too slow", true, null));

        Reply reply = http.register("probe-value", student(ID, StudentSchemas.EMAIL_WITH_DEFAULT));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.errorCode()).isEqualTo(50002);
    }

    @Test
    void readsKeepWorkingWhileWritesFail() {
        schemaLog.failWith(new SchemaLogException("broker gone", false, null));

        assertThat(http.get("/schemas/ids/1").status()).isEqualTo(200);
        assertThat(http.get("/subjects/probe-value/versions/latest").status()).isEqualTo(200);
    }
}
