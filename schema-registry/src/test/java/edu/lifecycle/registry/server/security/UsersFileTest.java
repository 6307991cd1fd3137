package edu.lifecycle.registry.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UsersFileTest {

    @Test
    void readsConfluentsFormatWithWritersAndReaders() {
        var accounts = UsersFile.parse("""
                # services register, subscribers read
                billing: writerSecret,writer
                subscriber : readerSecret , reader

                both: bothSecret,reader,writer
                """, "users");

        assertThat(accounts)
                .containsExactly(
                        new RegistryAccount("billing", "writerSecret", RegistryRole.WRITER),
                        new RegistryAccount("subscriber", "readerSecret", RegistryRole.READER),
                        new RegistryAccount("both", "bothSecret", RegistryRole.WRITER));
    }

    @Test
    void aBadLineIsNamedByItsNumberWithoutShowingIt() {
        assertThatThrownBy(() -> UsersFile.parse("billing: writerSecret,writer\nsubscriber: readerSecret\n", "users"))
                .hasMessageContaining("users line 2")
                .hasMessageNotContaining("readerSecret");
        assertThatThrownBy(() -> UsersFile.parse("billing: writerSecret,admin\n", "users"))
                .hasMessageContaining("unknown role 'admin'")
                .hasMessageNotContaining("writerSecret");
    }
}
