package edu.lifecycle.localstack.backbone;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The passwords of the backbone's principals, generated the first time a principal is asked for and kept in
 * {@value #FILE_NAME} of a folder only its owner may read (0700, the file 0600). Nothing is ever printed or logged;
 * the repository holds none of it.
 */
public final class CredentialStore {

    static final String FILE_NAME = "backbone.properties";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** 24 characters of 62: some 143 bits, and nothing that needs quoting in a JAAS line, a URL or a shell. */
    private static final int PASSWORD_LENGTH = 24;

    private final Path directory;
    private final Map<String, String> passwords;
    private final boolean created;
    private final SecureRandom random = new SecureRandom();

    private CredentialStore(Path directory, Map<String, String> passwords, boolean created) {
        this.directory = directory;
        this.passwords = passwords;
        this.created = created;
    }

    /** Opens the store in this folder, creating an empty one (and the folder) when there is none. */
    public static CredentialStore open(Path directory) {
        var file = directory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                var properties = new Properties();
                properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
                var passwords = new TreeMap<String, String>();
                properties.stringPropertyNames().forEach(name -> passwords.put(name, properties.getProperty(name)));
                return new CredentialStore(directory, passwords, false);
            }
            createPrivateDirectory(directory);
            var store = new CredentialStore(directory, new TreeMap<>(), true);
            store.save();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the credentials in " + directory.toAbsolutePath(), e);
        }
    }

    /** Whether a store was ever created in this folder. */
    public static boolean existsIn(Path directory) {
        return Files.exists(directory.resolve(FILE_NAME));
    }

    /** Whether this open created the store, i.e. no principal had credentials before. */
    public boolean created() {
        return created;
    }

    public Path directory() {
        return directory;
    }

    /** The principal's login, its password generated and saved the first time it is asked for. */
    public synchronized Login login(String principal) {
        var password = passwords.get(principal);
        if (password == null) {
            password = generate();
            passwords.put(principal, password);
            save();
        }
        return new Login(principal, password);
    }

    private String generate() {
        var password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private void save() {
        var text = new StringBuilder(
                "# Passwords of the backbone's principals (Kafka SASL/SCRAM and schema registry), generated at first"
                        + " start.\n# Private: readable by its owner only. Deleting it needs --clean.\n");
        passwords.forEach((principal, password) ->
                text.append(principal).append('=').append(password).append('\n'));
        writePrivately(directory.resolve(FILE_NAME), text.toString());
    }

    /** Writes a file only its owner can read, replacing the old one in one step so it is never half written. */
    static void writePrivately(Path file, String text) {
        try {
            var temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            if (posix()) {
                Files.createFile(
                        temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temporary);
            }
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.toAbsolutePath(), e);
        }
    }

    private static void createPrivateDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(
                    directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "CredentialStore[" + directory + ", " + passwords.size() + " principals]";
    }
}
