package edu.lifecycle.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StackModeTest {

    @Test
    void usesContainersWhenADockerEngineAnswers() {
        assertThat(StackMode.resolve(null, () -> true)).isEqualTo(StackMode.CONTAINERS);
        assertThat(StackMode.resolve("auto", () -> true)).isEqualTo(StackMode.CONTAINERS);
    }

    @Test
    void fallsBackToTheEmbeddedStackWithoutDocker() {
        assertThat(StackMode.resolve(null, () -> false)).isEqualTo(StackMode.EMBEDDED);
    }

    @Test
    void aSystemPropertyForcesEitherMode() {
        assertThat(StackMode.resolve("embedded", () -> true)).isEqualTo(StackMode.EMBEDDED);
        assertThat(StackMode.resolve(" Containers ", () -> false)).isEqualTo(StackMode.CONTAINERS);
    }

    @Test
    void forcingEmbeddedNeverAsksDocker() {
        assertThat(StackMode.resolve("embedded", () -> {
                    throw new AssertionError("Docker was asked");
                }))
                .isEqualTo(StackMode.EMBEDDED);
    }

    @Test
    void refusesAnUnknownModeNamingTheProperty() {
        assertThatThrownBy(() -> StackMode.resolve("docker", () -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lifecycle.test.stack")
                .hasMessageContaining("'docker'");
    }
}
