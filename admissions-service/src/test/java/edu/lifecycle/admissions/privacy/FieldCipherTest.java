package edu.lifecycle.admissions.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final DataKey KEY = key("k1", (byte) 1);
    private static final DataKey OTHER_KEY = key("k2", (byte) 2);

    @Test
    void aSealedValueOpensWithItsKeyForItsPersonOnly() {
        String sealed = FieldCipher.seal(KEY, "S-1", "Zéphyrine Quillfeather");

        assertThat(sealed).startsWith("pd1:k1:").doesNotContain("Quillfeather").doesNotContain("Zéphyrine");
        assertThat(FieldCipher.open(KEY, "S-1", sealed)).contains("Zéphyrine Quillfeather");
        // Copied onto another person, the value does not open: the person's id is authenticated with it.
        assertThat(FieldCipher.open(KEY, "S-2", sealed)).isEmpty();
        assertThat(FieldCipher.open(OTHER_KEY, "S-1", sealed)).isEmpty();
    }

    @Test
    void aDestroyedKeyCannotBeReplacedByAnotherWithTheSameId() {
        String sealed = FieldCipher.seal(KEY, "S-1", "zephyrine@example.org");

        assertThat(FieldCipher.open(key("k1", (byte) 9), "S-1", sealed)).isEmpty();
    }

    @Test
    void theSameValueSealsToTheSameTextSoARetriedRequestKeepsItsFingerprint() {
        assertThat(FieldCipher.seal(KEY, "S-1", "Ada")).isEqualTo(FieldCipher.seal(KEY, "S-1", "Ada"));
        assertThat(FieldCipher.seal(KEY, "S-1", "Ada")).isNotEqualTo(FieldCipher.seal(KEY, "S-1", "Adb"));
        assertThat(FieldCipher.seal(KEY, "S-1", "Ada")).isNotEqualTo(FieldCipher.seal(KEY, "S-2", "Ada"));
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        String sealed = FieldCipher.seal(KEY, "S-1", "Ada Lovelace");
        char last = sealed.charAt(sealed.length() - 1);
        String altered = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(FieldCipher.open(KEY, "S-1", altered)).isEmpty();
        assertThat(FieldCipher.open(KEY, "S-1", "pd1:k1:")).isEmpty();
    }

    @Test
    void aKeyNeverShowsItsSecret() {
        assertThat(KEY.toString()).isEqualTo("DataKey[k1]");
        assertThat(KeyRing.of(KEY).toString()).doesNotContain("1, 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new DataKey("a:b", new byte[32], null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DataKey("a", new byte[16], null));
    }

    @Test
    void plainTextIsNotTakenForASealedValue() {
        assertThat(FieldCipher.isSealed("Ada")).isFalse();
        assertThat(FieldCipher.isSealed(null)).isFalse();
        assertThat(FieldCipher.keyIdOf(FieldCipher.seal(OTHER_KEY, "S", "x"))).isEqualTo("k2");
    }

    static DataKey key(String id, byte fill) {
        byte[] secret = new byte[DataKey.SECRET_BYTES];
        Arrays.fill(secret, fill);
        return new DataKey(id, secret, null);
    }
}
