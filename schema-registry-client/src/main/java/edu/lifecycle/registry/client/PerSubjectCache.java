package edu.lifecycle.registry.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bounded LRU per subject, as Confluent's {@code max.schemas.per.subject} means: a subject with many schemas cannot
 * push another subject's entries out. A null subject (a lookup outside any subject) gets its own slot.
 */
final class PerSubjectCache<K, V> {

    private static final String NO_SUBJECT = "\u0000";

    private static final Runnable NO_LISTENER = () -> {};

    private final int capacityPerSubject;
    private final Runnable onEviction;
    private final Map<String, BoundedLruCache<K, V>> bySubject = new ConcurrentHashMap<>();

    PerSubjectCache(int capacityPerSubject) {
        this(capacityPerSubject, NO_LISTENER);
    }

    /** {@code onEviction} runs each time a subject's LRU drops an entry to make room. */
    PerSubjectCache(int capacityPerSubject, Runnable onEviction) {
        this.capacityPerSubject = capacityPerSubject;
        this.onEviction = onEviction;
    }

    V get(String subject, K key) {
        BoundedLruCache<K, V> cache = bySubject.get(slot(subject));
        return cache == null ? null : cache.get(key);
    }

    void put(String subject, K key, V value) {
        bySubject
                .computeIfAbsent(slot(subject), s -> new BoundedLruCache<>(capacityPerSubject, onEviction))
                .put(key, value);
    }

    void removeSubject(String subject) {
        bySubject.remove(slot(subject));
    }

    void clear() {
        bySubject.clear();
    }

    private static String slot(String subject) {
        return subject == null ? NO_SUBJECT : subject;
    }
}
