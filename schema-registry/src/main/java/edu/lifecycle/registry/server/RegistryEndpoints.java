package edu.lifecycle.registry.server;

import edu.lifecycle.registry.server.avro.AvroSchemas;
import edu.lifecycle.registry.server.avro.SchemaResolver;
import edu.lifecycle.registry.server.compatibility.CompatibilityChecker;
import edu.lifecycle.registry.server.config.ConfiguringCompatibility;
import edu.lifecycle.registry.server.config.ConfiguringMode;
import edu.lifecycle.registry.server.config.EffectiveConfig;
import edu.lifecycle.registry.server.http.Response;
import edu.lifecycle.registry.server.http.Router;
import edu.lifecycle.registry.server.schemas.ReadingSchemas;
import edu.lifecycle.registry.server.store.RegistryJournal;
import edu.lifecycle.registry.server.store.SchemaStore;
import edu.lifecycle.registry.server.subjects.DeletingSchemas;
import edu.lifecycle.registry.server.subjects.LookingUpSchema;
import edu.lifecycle.registry.server.subjects.ReadingSubjects;
import edu.lifecycle.registry.server.subjects.RegisteringSchema;
import edu.lifecycle.registry.server.subjects.TestingCompatibility;
import java.util.List;
import java.util.Map;

/** The whole REST API on one page: every path Confluent's clients and tools call, and who answers it. */
final class RegistryEndpoints {

    private RegistryEndpoints() {}

    static Router router(SchemaStore store, RegistryJournal journal, CompatibilityLevel defaultCompatibility) {
        var avro = new AvroSchemas();
        var resolver = new SchemaResolver(store, avro);
        var checker = new CompatibilityChecker(resolver);
        var config = new EffectiveConfig(store, defaultCompatibility);

        var registering = new RegisteringSchema(store, journal, config, avro, resolver, checker);
        var lookingUp = new LookingUpSchema(store, config, avro, resolver);
        var subjects = new ReadingSubjects(store);
        var deleting = new DeletingSchemas(store, journal, config);
        var testing = new TestingCompatibility(store, config, avro, resolver, checker);
        var schemas = new ReadingSchemas(store);
        var compatibility = new ConfiguringCompatibility(store, journal, config);
        var modes = new ConfiguringMode(store, journal, config);

        return new Router()
                .get("/", request -> Response.ok(Map.of()))
                .post("/", request -> Response.ok(Map.of()))
                .get("/contexts", request -> Response.ok(List.of(".")))
                .get(
                        "/v1/metadata/id",
                        request -> Response.ok(Map.of(
                                "scope",
                                Map.of(
                                        "path", List.of(),
                                        "clusters",
                                                Map.of(
                                                        "kafka-cluster",
                                                        journal.clusterId(),
                                                        "schema-registry-cluster",
                                                        "schema-registry")))))
                .get("/subjects", subjects::subjects)
                .post("/subjects/{subject}", lookingUp::lookUp)
                .delete("/subjects/{subject}", deleting::deleteSubject)
                .get("/subjects/{subject}/metadata", subjects::latestWithMetadata)
                .get("/subjects/{subject}/versions", subjects::versions)
                .post("/subjects/{subject}/versions", registering::register)
                .get("/subjects/{subject}/versions/{version}", subjects::version)
                .delete("/subjects/{subject}/versions/{version}", deleting::deleteVersion)
                .get("/subjects/{subject}/versions/{version}/schema", subjects::rawSchema)
                .get("/subjects/{subject}/versions/{version}/referencedby", subjects::referencedBy)
                .get("/schemas", schemas::all)
                .get("/schemas/types", schemas::types)
                .get("/schemas/ids/{id}", schemas::byId)
                .get("/schemas/ids/{id}/schema", schemas::rawById)
                .get("/schemas/ids/{id}/subjects", schemas::subjectsById)
                .get("/schemas/ids/{id}/versions", schemas::versionsById)
                .get("/schemas/guids/{guid}", schemas::byGuid)
                .get("/schemas/guids/{guid}/ids", schemas::idsByGuid)
                // No associations are ever made here; Confluent's JavaScript serde asks for them on every new topic
                // (its default subject name strategy) and takes the empty answer as "use the topic name".
                .get("/associations/subjects/{subject}", request -> Response.ok(List.of()))
                .get("/associations/resources/{resourceId}", request -> Response.ok(List.of()))
                .get("/associations/resources/{namespace}/{name}", request -> Response.ok(List.of()))
                .post("/compatibility/subjects/{subject}/versions", testing::againstAll)
                .post("/compatibility/subjects/{subject}/versions/{version}", testing::againstVersion)
                .get("/config", compatibility::getGlobal)
                .put("/config", compatibility::putGlobal)
                .delete("/config", compatibility::deleteGlobal)
                .get("/config/{subject}", compatibility::getSubject)
                .put("/config/{subject}", compatibility::putSubject)
                .delete("/config/{subject}", compatibility::deleteSubject)
                .get("/mode", modes::getGlobal)
                .put("/mode", modes::putGlobal)
                .get("/mode/{subject}", modes::getSubject)
                .put("/mode/{subject}", modes::putSubject)
                .delete("/mode/{subject}", modes::deleteSubject);
    }
}
