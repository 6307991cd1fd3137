package edu.lifecycle.admissions.cohort;

/**
 * Which page of a list to show.
 *
 * @param page from 0
 * @param size entries per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
    }

    /** How many entries come before this page. */
    public long offset() {
        return (long) page * size;
    }
}
