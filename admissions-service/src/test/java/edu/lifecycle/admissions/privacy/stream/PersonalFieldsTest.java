package edu.lifecycle.admissions.privacy.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.privacy.InMemoryKeyRings;
import edu.lifecycle.admissions.privacy.Personal;
import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.servicekit.json.KitJson;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalFieldsTest {

    record Identity(@Personal String name, @Personal String email) {}

    record File(String id, Optional<Identity> identity, List<Identity> previous, String programme) {}

    record Form(String id, @Personal String name, int ects) {}

    private final InMemoryKeyRings store = new InMemoryKeyRings();
    private final PersonalDataKeys keys = new PersonalDataKeys(store, 10, Duration.ofMinutes(10), Clock.systemUTC());
    private final PersonalFields fields = new PersonalFields(keys);

    @Test
    void personalValuesAreSealedWhereverTheySitAndOnlyThey() {
        var file = adaWithHerMaidenName();

        var sealed = fields.seal(file, "S-1");

        assertThat(sealed.toString())
                .doesNotContain("Lovelace", "ada@example.org", "Byron", "byron@example.org")
                .contains("M2-ISD", "S-1");
        assertThat(KitJson.fromTree(fields.open(sealed, File.class, "S-1"), File.class))
                .isEqualTo(file);
    }

    @Test
    void aRecordWhoseKeyIsDestroyedReadsAsAbsentNeverHalfIdentified() {
        var file = new File("S-1", Optional.of(new Identity("Ada Lovelace", "ada@example.org")), List.of(), "M2-ISD");
        var sealed = fields.seal(file, "S-1");

        store.published("S-1", null);
        keys.destroyed("S-1");

        var opened = KitJson.fromTree(fields.open(sealed, File.class, "S-1"), File.class);
        assertThat(opened.identity()).isEmpty();
        assertThat(opened.programme()).isEqualTo("M2-ISD");
        assertThat(fields.open(fields.seal(new Form("S-2", "Grace", 240), "S-2"), Form.class, "S-2"))
                .isNotNull();
    }

    @Test
    void aTopLevelRecordWhoseKeyIsDestroyedCannotBeReadAtAll() {
        var sealed = fields.seal(new Form("S-1", "Ada Lovelace", 240), "S-1");
        store.published("S-1", null);
        keys.destroyed("S-1");

        assertThat(fields.open(sealed, Form.class, "S-1")).isNull();
        assertThat(PersonalFields.holdsSealedValues(sealed)).isTrue();
    }

    @Test
    void valuesWrittenBeforeSealingExistedAreReadAsTheyAre() {
        var legacy = KitJson.toTree(new Form("S-1", "Ada Lovelace", 240));

        assertThat(KitJson.fromTree(fields.open(legacy, Form.class, "S-1"), Form.class))
                .isEqualTo(new Form("S-1", "Ada Lovelace", 240));
    }

    @Test
    void aRecordIsSealedAsItsJsonIsAndOpenedBack() {
        var file = adaWithHerMaidenName();

        var sealed = fields.sealed(file, "S-1");

        assertThat(KitJson.toTree(sealed)).isEqualTo(fields.seal(file, "S-1"));
        assertThat(sealed.toString()).doesNotContain("Lovelace", "ada@example.org", "Byron", "byron@example.org");
        assertThat(sealed.programme()).isEqualTo("M2-ISD");
        assertThat(fields.sealed(sealed, "S-1")).isEqualTo(sealed);
        assertThat(fields.opened(sealed, "S-1")).isEqualTo(file);
        assertThat(fields.sealed((File) null, "S-1")).isNull();
    }

    @Test
    void aRecordWhoseKeyIsDestroyedOpensWithoutItsPersonalPartsAndATopLevelOneNotAtAll() {
        var file = adaWithHerMaidenName();
        var sealed = fields.sealed(file, "S-1");
        var form = fields.sealed(new Form("S-1", "Ada Lovelace", 240), "S-1");

        store.published("S-1", null);
        keys.destroyed("S-1");

        var opened = fields.opened(sealed, "S-1");
        assertThat(opened.identity()).isEmpty();
        assertThat(opened.previous()).containsExactly((Identity) null);
        assertThat(opened.programme()).isEqualTo("M2-ISD");
        assertThat(fields.opened(form, "S-1")).isNull();
        assertThat(fields.opened(new Form("S-1", "Ada Lovelace", 240), "S-1"))
                .as("a value written before sealing existed is read as it is")
                .isEqualTo(new Form("S-1", "Ada Lovelace", 240));
    }

    @Test
    void nothingPersonalNeedsNoKey() {
        fields.seal(new File("S-9", Optional.empty(), List.of(), "M2-ISD"), "S-9");

        assertThat(store.read("S-9")).isEmpty();
    }

    private static File adaWithHerMaidenName() {
        return new File(
                "S-1",
                Optional.of(new Identity("Ada Lovelace", "ada@example.org")),
                List.of(new Identity("Ada Byron", "byron@example.org")),
                "M2-ISD");
    }
}
