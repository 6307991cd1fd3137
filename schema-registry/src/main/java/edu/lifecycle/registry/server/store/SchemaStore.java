package edu.lifecycle.registry.server.store;

import edu.lifecycle.registry.server.records.Mode;
import edu.lifecycle.registry.server.records.RegistryKey;
import edu.lifecycle.registry.server.records.RegistryKey.ConfigKey;
import edu.lifecycle.registry.server.records.RegistryKey.DeleteSubjectKey;
import edu.lifecycle.registry.server.records.RegistryKey.ModeKey;
import edu.lifecycle.registry.server.records.RegistryKey.SchemaKey;
import edu.lifecycle.registry.server.records.RegistryRecord;
import edu.lifecycle.registry.server.records.RegistryValue;
import edu.lifecycle.registry.server.records.RegistryValue.ConfigValue;
import edu.lifecycle.registry.server.records.RegistryValue.DeleteSubjectValue;
import edu.lifecycle.registry.server.records.RegistryValue.ModeValue;
import edu.lifecycle.registry.server.records.RegistryValue.SchemaValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's state, materialised from the schema log record by record.
 *
 * <p>Only {@link #apply} changes it, and only the log reader calls that, so the state is always a function of the
 * log. Reads take a shared lock and return immutable copies.
 */
public final class SchemaStore {

    private static final Logger log = LoggerFactory.getLogger(SchemaStore.class);
    private static final Comparator<StoredSchema> BY_SUBJECT_AND_VERSION =
            Comparator.comparing(StoredSchema::subject).thenComparingInt(StoredSchema::version);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, NavigableMap<Integer, StoredSchema>> subjects = new TreeMap<>();
    private final Map<Integer, NavigableSet<StoredSchema>> versionsById = new HashMap<>();
    private final Map<String, Integer> idByGuid = new HashMap<>();
    /** For each referenced version, the live versions that reference it: those may not be deleted (42206). */
    private final Map<SchemaKey, Set<SchemaKey>> referrers = new HashMap<>();

    private final Map<String, ConfigValue> subjectConfigs = new HashMap<>();
    private final Map<String, Mode> subjectModes = new HashMap<>();
    private ConfigValue globalConfig;
    private Mode globalMode;
    /** Never lowered, so an id stays unique while the registry runs even after its versions are hard-deleted. */
    private int maxId;

    public void apply(RegistryRecord record) {
        lock.writeLock().lock();
        try {
            RegistryKey key = record.key();
            RegistryValue value = record.value();
            if (key instanceof SchemaKey k) {
                applySchema(k, value, record.timestamp());
            } else if (key instanceof ConfigKey k) {
                applyConfig(k, value);
            } else if (key instanceof ModeKey k) {
                applyMode(k, value);
            } else if (key instanceof DeleteSubjectKey && value instanceof DeleteSubjectValue v) {
                softDeleteUpTo(v.subject(), v.version(), record.timestamp());
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void applySchema(SchemaKey key, RegistryValue value, long timestamp) {
        var versions = subjects.computeIfAbsent(key.subject(), s -> new TreeMap<>());
        StoredSchema previous = versions.remove(key.version());
        if (previous != null) {
            unindex(previous);
        }
        if (value instanceof SchemaValue v) {
            var stored = new StoredSchema(
                    key.subject(),
                    key.version(),
                    v.id(),
                    v.schemaType(),
                    v.schema(),
                    v.references(),
                    SchemaGuid.of(v.schema(), v.references()),
                    v.deleted(),
                    timestamp);
            versions.put(key.version(), stored);
            index(stored);
            maxId = Math.max(maxId, v.id());
        } else if (value != null) {
            log.warn(
                    "Ignoring a SCHEMA record for {} with a {} value",
                    key,
                    value.getClass().getSimpleName());
        }
        if (versions.isEmpty()) {
            subjects.remove(key.subject());
        }
    }

    private void applyConfig(ConfigKey key, RegistryValue value) {
        ConfigValue config = value instanceof ConfigValue c ? c : null;
        if (key.subject() == null) {
            globalConfig = config;
        } else if (config == null) {
            subjectConfigs.remove(key.subject());
        } else {
            subjectConfigs.put(key.subject(), config);
        }
    }

    private void applyMode(ModeKey key, RegistryValue value) {
        Mode mode = value instanceof ModeValue m ? m.mode() : null;
        if (key.subject() == null) {
            globalMode = mode;
        } else if (mode == null) {
            subjectModes.remove(key.subject());
        } else {
            subjectModes.put(key.subject(), mode);
        }
    }

    /** Confluent writes one DELETE_SUBJECT record instead of one record per version; readers expand it. */
    private void softDeleteUpTo(String subject, int version, long timestamp) {
        var versions = subjects.get(subject);
        if (versions == null) {
            return;
        }
        for (var entry : versions.headMap(version, true).entrySet()) {
            StoredSchema s = entry.getValue();
            if (!s.deleted()) {
                var deleted = s.asDeleted(timestamp);
                unindex(s);
                entry.setValue(deleted);
                index(deleted);
            }
        }
    }

    private void index(StoredSchema stored) {
        versionsById
                .computeIfAbsent(stored.id(), id -> new TreeSet<>(BY_SUBJECT_AND_VERSION))
                .add(stored);
        idByGuid.putIfAbsent(stored.guid(), stored.id());
        if (!stored.deleted()) {
            referencedVersions(stored)
                    .forEach(referenced -> referrers
                            .computeIfAbsent(referenced, k -> new HashSet<>())
                            .add(keyOf(stored)));
        }
    }

    private void unindex(StoredSchema stored) {
        if (!stored.deleted()) {
            // Like Confluent, only live versions hold their references: a soft-deleted one no longer protects them.
            referencedVersions(stored).forEach(referenced -> {
                var holders = referrers.get(referenced);
                if (holders != null) {
                    holders.remove(keyOf(stored));
                    if (holders.isEmpty()) {
                        referrers.remove(referenced);
                    }
                }
            });
        }
        var users = versionsById.get(stored.id());
        if (users == null) {
            return;
        }
        users.remove(stored);
        if (users.isEmpty()) {
            // The last version holding this id is gone: the id no longer resolves and the schema gets a new one.
            versionsById.remove(stored.id());
            idByGuid.remove(stored.guid(), stored.id());
        }
    }

    private static List<SchemaKey> referencedVersions(StoredSchema stored) {
        return stored.references().stream()
                .filter(reference -> reference.subject() != null && reference.version() != null)
                .map(reference -> new SchemaKey(reference.subject(), reference.version()))
                .toList();
    }

    private static SchemaKey keyOf(StoredSchema stored) {
        return new SchemaKey(stored.subject(), stored.version());
    }

    /** Every version of the subject, soft-deleted ones included, oldest first; empty for an unknown subject. */
    public List<StoredSchema> versions(String subject) {
        return read(() -> {
            var versions = subjects.get(subject);
            return versions == null ? List.of() : List.copyOf(versions.values());
        });
    }

    /** Every subject with at least one version, soft-deleted or not, in name order. */
    public List<String> subjects() {
        return read(() -> List.copyOf(subjects.keySet()));
    }

    /** Every version of every subject, ordered by subject and version. */
    public List<StoredSchema> allVersions() {
        return read(() -> {
            List<StoredSchema> all = new ArrayList<>();
            subjects.values().forEach(versions -> all.addAll(versions.values()));
            return List.copyOf(all);
        });
    }

    /** The versions that use this id, soft-deleted ones included, ordered by subject and version. */
    public List<StoredSchema> versionsWithId(int id) {
        return read(() -> {
            var users = versionsById.get(id);
            return users == null ? List.of() : List.copyOf(users);
        });
    }

    /** The id of the schema with this content (text and references), if any version still holds it. */
    public OptionalInt idOfGuid(String guid) {
        return read(() -> {
            Integer id = idByGuid.get(guid);
            return id == null ? OptionalInt.empty() : OptionalInt.of(id);
        });
    }

    /** The ids of the live versions that reference this version of the subject, in ascending order. */
    public List<Integer> referrerIds(String subject, int version) {
        return read(() -> referrers.getOrDefault(new SchemaKey(subject, version), Set.of()).stream()
                .map(referrer -> subjects.get(referrer.subject()).get(referrer.version()))
                .map(StoredSchema::id)
                .distinct()
                .sorted()
                .toList());
    }

    /** The highest id the log has ever used, 0 before the first registration. */
    public int maxId() {
        return read(() -> maxId);
    }

    /** The subject's own config, or the global one when {@code subject} is null. */
    public Optional<ConfigValue> config(String subject) {
        return read(() -> Optional.ofNullable(subject == null ? globalConfig : subjectConfigs.get(subject)));
    }

    /** The subject's own mode, or the global one when {@code subject} is null. */
    public Optional<Mode> mode(String subject) {
        return read(() -> Optional.ofNullable(subject == null ? globalMode : subjectModes.get(subject)));
    }

    private <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
