package edu.lifecycle.registry.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Logins read from a file in the format Confluent's registry takes for basic authentication (Jetty's
 * {@code PropertyFileLoginModule}), so one file serves both: {@code name: password,role} per line, roles
 * {@code writer} or {@code reader}, {@code #} comments. Passwords are plain; Jetty's {@code MD5:}, {@code CRYPT:} and
 * {@code OBF:} forms are not read.
 */
public final class UsersFile {

    private UsersFile() {}

    public static List<RegistryAccount> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the users file " + file, e);
        }
    }

    static List<RegistryAccount> parse(String text, String source) {
        var accounts = new ArrayList<RegistryAccount>();
        var lines = text.split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            var line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            var fields = colon < 0 ? new String[0] : line.substring(colon + 1).split(",");
            if (colon <= 0 || fields.length < 2) {
                throw new IllegalArgumentException(
                        source + " line " + number + ": expected 'name: password,role' (the line is not shown)");
            }
            var name = line.substring(0, colon).strip();
            var password = fields[0].strip();
            var role = RegistryRole.READER;
            for (int i = 1; i < fields.length; i++) {
                switch (fields[i].strip().toLowerCase(Locale.ROOT)) {
                    case "writer" -> role = RegistryRole.WRITER;
                    case "reader" -> {}
                    default ->
                        throw new IllegalArgumentException(source + " line " + number + ": unknown role '"
                                + fields[i].strip() + "', expected writer or reader");
                }
            }
            accounts.add(new RegistryAccount(name, password, role));
        }
        return accounts;
    }
}
