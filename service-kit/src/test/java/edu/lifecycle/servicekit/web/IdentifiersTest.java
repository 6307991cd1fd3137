package edu.lifecycle.servicekit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"S-2026.001", "policy:enrollments:4f1c", "agr-5f0c2a4e", "a", "...", "_x", "2026-2027"})
    void lettersDigitsAndDotUnderscoreColonHyphenAreAnIdentifier(String id) {
        assertThat(Identifiers.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "a b", "a/b", "a\\b", "a\"b", "a<b", "a%20b", "élève", "a\nb", "a\u0000b"})
    void anythingElseIsNot(String id) {
        assertThat(Identifiers.isValid(id)).isFalse();
    }

    @Test
    void aHundredCharactersAtMost() {
        assertThat(Identifiers.isValid("x".repeat(100))).isTrue();
        assertThat(Identifiers.isValid("x".repeat(101))).isFalse();
        assertThat(Identifiers.isValid(null)).isFalse();
    }
}
