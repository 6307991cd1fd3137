package edu.lifecycle.testing;

/**
 * Where a test finds Kafka and the schema registry.
 *
 * @param bootstrapServers the {@code bootstrap.servers} value
 * @param schemaRegistryUrl the {@code schema.registry.url} value
 * @param mode how the stack runs
 */
public record StackEndpoints(String bootstrapServers, String schemaRegistryUrl, StackMode mode) {}
