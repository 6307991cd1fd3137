package edu.lifecycle.registry.client;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/** Builds the client a serde's {@code schema.registry.url} asks for: a REST client, or a scoped in-memory registry. */
public final class SchemaRegistryClientFactory {

    public static final String MOCK_URL_PREFIX = "mock://";

    private SchemaRegistryClientFactory() {}

    public static SchemaRegistryClient newClient(List<String> urls, Map<String, ?> configs) {
        List<String> mockUrls =
                urls.stream().filter(url -> url.startsWith(MOCK_URL_PREFIX)).toList();
        if (mockUrls.isEmpty()) {
            return new CachedSchemaRegistryClient(urls, configs);
        }
        if (urls.size() > 1) {
            throw new ConfigException(
                    "schema.registry.url", urls, "a mock:// URL cannot be combined with other URLs or scopes");
        }
        return MockSchemaRegistry.getClientForScope(mockUrls.get(0).substring(MOCK_URL_PREFIX.length()));
    }
}
