package edu.lifecycle.registry.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The version history of one subject in the in-memory registry. Soft-deleted versions stay in the history: they keep
 * version numbers from being reused and their ids resolvable, as on the real server.
 */
final class MockSubject {

    record Version(int number, int id, boolean deleted) {

        Version softDeleted() {
            return new Version(number, id, true);
        }
    }

    private final List<Version> versions = new ArrayList<>();

    List<Version> live() {
        return versions.stream().filter(version -> !version.deleted()).toList();
    }

    List<Version> all() {
        return List.copyOf(versions);
    }

    Optional<Version> liveWithId(int id) {
        return live().stream().filter(version -> version.id() == id).findFirst();
    }

    Optional<Version> find(int number) {
        return versions.stream().filter(version -> version.number() == number).findFirst();
    }

    /** New versions count on from the highest ever used, soft-deleted ones included. */
    Version add(int id) {
        int next = versions.stream().mapToInt(Version::number).max().orElse(0) + 1;
        Version version = new Version(next, id, false);
        versions.add(version);
        return version;
    }

    List<Integer> softDeleteAll() {
        List<Integer> deleted = live().stream().map(Version::number).toList();
        versions.replaceAll(Version::softDeleted);
        return deleted;
    }

    void softDelete(Version version) {
        versions.set(versions.indexOf(version), version.softDeleted());
    }

    void remove(Version version) {
        versions.remove(version);
    }

    boolean isEmpty() {
        return versions.isEmpty();
    }

    boolean isFullySoftDeleted() {
        return !versions.isEmpty() && live().isEmpty();
    }
}
