package edu.lifecycle.registry.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * One registry base URL, without trailing '/' and without credentials, plus the Authorization header to send to it.
 * Credentials written as {@code https://user:pass@host} are used only with {@code basic.auth.credentials.source=URL},
 * but never left in the URL, where they would end up in logs.
 */
record RegistryEndpoint(String baseUrl, Optional<String> authorization) {

    static RegistryEndpoint of(String url, SchemaRegistryClientConfig config) {
        URI uri = parse(url);
        String userInfo = switch (config.basicAuthSource()) {
            case URL -> uri.getUserInfo();
            case USER_INFO -> requireUserInfo(config.userInfo());
        };
        return new RegistryEndpoint(
                withoutUserInfo(uri), Optional.ofNullable(userInfo).map(RegistryEndpoint::basic));
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new ConfigException(
                        "schema.registry.url", url, "must be an absolute http(s) URL with a valid host name");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException("schema.registry.url", url, e.getMessage());
        }
    }

    private static String requireUserInfo(String userInfo) {
        if (userInfo.isBlank()) {
            throw new ConfigException(
                    SchemaRegistryClientConfig.USER_INFO_CONFIG,
                    "",
                    "must be user:password when basic.auth.credentials.source is USER_INFO");
        }
        return userInfo;
    }

    private static String withoutUserInfo(URI uri) {
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String base = uri.getScheme() + "://" + uri.getHost() + port + path;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    private static String basic(String userInfo) {
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return baseUrl;
    }
}
