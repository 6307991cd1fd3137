package edu.lifecycle.identity;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The generated client secrets and user passwords, and the file that keeps them ({@code accounts.properties}, 0600).
 * Generated at the first start, read back at every later one; an account missing from the file (a client added
 * since) gets a secret then, and the others keep theirs.
 */
public final class IdentityAccounts {
    static final String FILE_NAME = "accounts.properties";
    private static final String CLIENT = "client.";
    private static final String SECRET = ".secret";
    private static final String USER = "user.";
    private static final String PASSWORD = ".password";

    private final Path file;
    private final Map<String, String> clientSecrets;
    private final Map<String, String> userPasswords;
    private final boolean generated;

    private IdentityAccounts(
            Path file, Map<String, String> clientSecrets, Map<String, String> userPasswords, boolean generated) {
        this.file = file;
        this.clientSecrets = Map.copyOf(clientSecrets);
        this.userPasswords = Map.copyOf(userPasswords);
        this.generated = generated;
    }

    static IdentityAccounts loadOrGenerate(Path folder, Collection<String> clientIds, Collection<String> usernames) {
        Path file = folder.resolve(FILE_NAME);
        Properties stored = new Properties();
        if (Files.exists(file)) {
            try {
                stored.load(new StringReader(PrivateFiles.read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        Map<String, String> clients = new LinkedHashMap<>();
        Map<String, String> users = new LinkedHashMap<>();
        boolean generated = false;
        for (String clientId : clientIds) {
            generated |= take(stored, CLIENT + clientId + SECRET, clients, clientId);
        }
        for (String username : usernames) {
            generated |= take(stored, USER + username + PASSWORD, users, username);
        }
        if (generated) {
            save(file, stored);
        }
        return new IdentityAccounts(file, clients, users, generated);
    }

    private static boolean take(Properties stored, String key, Map<String, String> into, String name) {
        String value = stored.getProperty(key);
        boolean missing = value == null || value.isBlank();
        if (missing) {
            value = Secrets.generate();
            stored.setProperty(key, value);
        }
        into.put(name, value);
        return missing;
    }

    private static void save(Path file, Properties properties) {
        // Sorted, so the file reads as a list; Properties.store would shuffle it.
        StringWriter text = new StringWriter();
        text.append("# Secrets of the embedded identity provider, generated at its first start. Keep private.\n");
        new TreeMap<>(properties).forEach((key, value) -> text.append(key + "=" + value + "\n"));
        PrivateFiles.write(file, text.toString());
    }

    /** The file the secrets are kept in. */
    public Path file() {
        return file;
    }

    public String clientSecret(String clientId) {
        return lookUp(clientSecrets, clientId, "client");
    }

    public String password(String username) {
        return lookUp(userPasswords, username, "user");
    }

    /** Whether some secret was generated (not read back) when these accounts were loaded. */
    boolean generated() {
        return generated;
    }

    private static String lookUp(Map<String, String> secrets, String name, String kind) {
        String secret = secrets.get(name);
        if (secret == null) {
            throw new NoSuchElementException("No " + kind + " named " + name);
        }
        return secret;
    }

    @Override
    public String toString() {
        return "IdentityAccounts[file=" + file + ", clients=" + new TreeMap<>(clientSecrets).keySet() + ", users="
                + new TreeMap<>(userPasswords).keySet() + "]";
    }
}
