package edu.lifecycle.servicekit.query;

/**
 * Which page of a numbered list to show: the kit's one page/size paging, for every list a client pages through by
 * page number ({@code ?page=&size=}). A handler declares the two query parameters with these constants, so every
 * such list has the same default, the same bounds and the same 400 for a value out of them:
 *
 * <pre>{@code
 * @RequestParam(defaultValue = "0") @Min(0) int page,
 * @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size
 * }</pre>
 *
 * <p>{@link NumberedPages} reads such a page off a store. Lists paged by a cursor ({@code ?after=&limit=}) use
 * {@link StorePages} instead.
 *
 * @param page from 0
 * @param size entries per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    /** The most entries a page holds. */
    public static final int MAX_SIZE = 200;

    /** The entries per page when the request names no {@code size}, as a query parameter's default. */
    public static final String DEFAULT_SIZE = "50";

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
