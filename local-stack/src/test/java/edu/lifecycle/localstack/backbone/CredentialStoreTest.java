package edu.lifecycle.localstack.backbone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTest {

    @TempDir
    Path data;

    @Test
    void generatesAPasswordOnceAndKeepsIt() {
        var store = CredentialStore.open(data.resolve("credentials"));
        var first = store.login("billing");

        var reopened = CredentialStore.open(data.resolve("credentials"));

        assertThat(store.created()).isTrue();
        assertThat(reopened.created()).isFalse();
        assertThat(reopened.login("billing")).isEqualTo(first);
        assertThat(first.password()).matches("[A-Za-z0-9]{24}");
        assertThat(store.login("subscriber").password()).isNotEqualTo(first.password());
    }

    @Test
    void onlyItsOwnerMayReadIt() throws Exception {
        var folder = data.resolve("credentials");
        CredentialStore.open(folder).login("billing");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("backbone.properties"))))
                .isEqualTo("rw-------");
    }

    @Test
    void neverShowsASecret() {
        var store = CredentialStore.open(data);
        var login = store.login("billing");

        assertThat(login.toString()).doesNotContain(login.password());
        assertThat(store.toString()).doesNotContain(login.password());
    }
}
