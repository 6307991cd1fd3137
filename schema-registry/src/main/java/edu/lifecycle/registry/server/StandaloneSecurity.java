package edu.lifecycle.registry.server;

import edu.lifecycle.registry.server.security.RegistryAccess;
import edu.lifecycle.registry.server.security.RegistryAccounts;
import edu.lifecycle.registry.server.security.RegistrySecurity;
import edu.lifecycle.registry.server.security.UsersFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** The standalone registry's security: logins from a users file, unless anonymity is asked for by name. */
final class StandaloneSecurity {

    private StandaloneSecurity() {}

    static RegistrySecurity of(MainArguments arguments) {
        var kafka = arguments.kafkaConfig().map(StandaloneSecurity::properties).orElse(Map.of());
        if (arguments.usersFile().isPresent()) {
            var accounts = UsersFile.read(arguments.usersFile().get());
            return new RegistrySecurity(kafka, RegistryAccess.basic(RegistryAccounts.of(accounts)));
        }
        if (arguments.anonymous()) {
            return new RegistrySecurity(kafka, RegistryAccess.open());
        }
        throw new IllegalArgumentException("Anonymous access is off: give the logins with --users-file <file>"
                + " (env REGISTRY_USERS_FILE), or --anonymous to open the registry to anyone");
    }

    private static Map<String, Object> properties(Path file) {
        try {
            var properties = new Properties();
            properties.load(new StringReader(Files.readString(file)));
            var settings = new HashMap<String, Object>();
            properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Kafka client settings " + file, e);
        }
    }
}
