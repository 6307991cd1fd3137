package edu.lifecycle.servicekit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Ada Lovelace", "Zoë Ørsted – 東京", "O'Brien \"Ltd\" <b>", "emoji 🎓", "a\u00a0b"})
    void printableUnicodeOnOneLineIsPlain(String text) {
        assertThat(PlainText.isPlain(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u0000",
                "a\tb",
                "a\nb",
                "a\rb",
                "\u001b[2J",
                "a\u007fb",
                "a\u0085b",
                "a\u009fb",
                "\ud800",
                "a\udc00b",
                "\ud83c"
            })
    void controlCharactersAndLoneSurrogatesAreNot(String text) {
        assertThat(PlainText.isPlain(text)).isFalse();
    }
}
