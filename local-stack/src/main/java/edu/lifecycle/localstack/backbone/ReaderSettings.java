package edu.lifecycle.localstack.backbone;

import java.nio.file.Path;

/**
 * A ready-made client configuration for an outside reader, {@code <principal>.properties} next to the credentials:
 * what a Kafka consumer and Confluent's Avro deserializer need to read as that principal. Rewritten at every start,
 * since ports may change; as private as the credentials themselves.
 */
public final class ReaderSettings {

    private ReaderSettings() {}

    public static Path write(Path directory, Login login, String bootstrapServers, String schemaRegistryUrl) {
        var file = directory.resolve(login.user() + ".properties");
        var text = new StringBuilder();
        text.append("# Kafka and schema registry settings of '")
                .append(login.user())
                .append("' on this local stack. Private: it holds the password.\n");
        text.append("# Consumer group ids must start with '")
                .append(Principals.groupPrefixOf(login.user()))
                .append("'.\n");
        login.kafkaClient(bootstrapServers).forEach((key, value) -> line(text, key, value));
        login.registryClient(schemaRegistryUrl).forEach((key, value) -> line(text, key, value));
        line(text, "group.id", Principals.groupPrefixOf(login.user()) + "local");
        CredentialStore.writePrivately(file, text.toString());
        return file;
    }

    private static void line(StringBuilder text, String key, Object value) {
        text.append(key).append('=').append(value).append('\n');
    }
}
