package edu.lifecycle.servicekit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandIdsTest {

    @Test
    void withoutIdempotencyKeyEachCommandGetsAFreshId() {
        String id = CommandIds.fromIdempotencyKey(null);

        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(CommandIds.fromIdempotencyKey(null)).isNotEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "order-42", "2026.09.01:retry_1", "5f0c2a4e-7d1b-4f6a-9c3e-0b8a1d2e3f40"})
    void idempotencyKeyBecomesTheCommandId(String key) {
        assertThat(CommandIds.fromIdempotencyKey(key)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "slash/es", "ünïcode", "semi;colon"})
    void malformedIdempotencyKeyIsRefused(String key) {
        assertThatThrownBy(() -> CommandIds.fromIdempotencyKey(key))
                .isInstanceOf(InvalidIdempotencyKeyException.class)
                .satisfies(e -> assertThat(((InvalidIdempotencyKeyException) e)
                                .getStatusCode()
                                .value())
                        .isEqualTo(400));
    }

    @Test
    void idempotencyKeyLongerThan100CharactersIsRefused() {
        assertThat(CommandIds.fromIdempotencyKey("k".repeat(100))).hasSize(100);
        assertThatThrownBy(() -> CommandIds.fromIdempotencyKey("k".repeat(101)))
                .isInstanceOf(InvalidIdempotencyKeyException.class);
    }
}
