package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.StudentSchemas.EMAIL_WITH_DEFAULT;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.course;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.registry.server.log.InMemorySchemaLog;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A registry is a function of its log: a new one on the same log answers exactly like the old one. */
class RestartOnTheSameLogTest {

    private final InMemorySchemaLog schemaLog = new InMemorySchemaLog();

    @Test
    void aRestartedRegistryRecoversEverySubjectVersionIdConfigAndMode() {
        String before = run(http -> {
            http.register("students-value", student(ID));
            http.register("students-value", student(ID, EMAIL_WITH_DEFAULT));
            http.register("courses-value", course());
            http.register("retired-value", student(ID));
            http.register("gone-value", student(ID, StudentSchemas.NAME));
            http.delete("/subjects/retired-value");
            http.delete("/subjects/gone-value");
            http.delete("/subjects/gone-value?permanent=true");
            http.delete("/subjects/students-value/versions/1");
            http.put("/config", "{\"compatibility\":\"FULL\"}");
            http.setCompatibility("courses-value", "NONE");
            http.setMode("courses-value", "READONLY");
            String enrolment = "{\"type\":\"record\",\"name\":\"Enrolment\",\"fields\":["
                    + "{\"name\":\"course\",\"type\":\"edu.lifecycle.Course\"}]}";
            http.post(
                    "/subjects/enrolments-value/versions",
                    "{\"schema\":" + RegistryHttp.jsonString(enrolment) + ",\"references\":[{\"name\":"
                            + "\"edu.lifecycle.Course\",\"subject\":\"courses-value\",\"version\":1}]}");
        });

        String after = run(http -> {});

        assertThat(after).isEqualTo(before);
        assertThat(after)
                .contains("\"references\":[{\"name\":\"edu.lifecycle.Course\"")
                .endsWith("[5]");
        run(http -> assertThat(http.register("new-value", student(ID, StudentSchemas.NAME_AS_INT))
                        .id())
                .as("ids continue after the highest one ever used")
                .isEqualTo(6));
    }

    /** Starts a registry on the shared log, runs the steps, and answers a snapshot of everything it serves. */
    private String run(Consumer<RegistryHttp> steps) {
        try (var server = SchemaRegistryServer.start(RegistrySettings.inMemory(), schemaLog)) {
            var http = new RegistryHttp(server.url());
            steps.accept(http);
            return String.join(
                    "\n",
                    http.get("/subjects?deleted=true").body(),
                    http.get("/schemas?deleted=true").body(),
                    http.get("/schemas/ids/1").body(),
                    http.get("/schemas/ids/2").body(),
                    http.get("/schemas/ids/3").body(),
                    http.get("/schemas/ids/4").body(),
                    http.get("/config").body(),
                    http.get("/config/courses-value").body(),
                    http.get("/mode/courses-value").body(),
                    http.get("/schemas/ids/1?fetchMaxId=true").body(),
                    http.get("/subjects/courses-value/versions/1/referencedby").body());
        }
    }
}
