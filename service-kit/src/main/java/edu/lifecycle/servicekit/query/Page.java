package edu.lifecycle.servicekit.query;

import java.util.List;

/**
 * One page of a list read from a store, in key order.
 *
 * @param items the entries of this page
 * @param next the key to pass as {@code after} for the next page; {@code null} on the last page
 */
public record Page<V>(List<Item<V>> items, String next) {

    public Page {
        items = List.copyOf(items);
    }

    /** One entry of a page. */
    public record Item<V>(String key, V value) {}
}
