package edu.lifecycle.servicekit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.servicekit.query.PageRequest;
import edu.lifecycle.servicekit.query.StorePages;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kit's two pagings as a handler declares them: by number ({@link PageRequest}, {@code ?page=&size=}) and by
 * cursor ({@link StorePages}, {@code ?after=&limit=}, with a {@link PageCursor}): their defaults, their bounds, and
 * the RFC 9457 problem naming the parameter that is out of them.
 */
class PagingParametersTest {

    private static final String PREFIX = "M2-ISD|2026-2027|";

    @RestController
    static class PagedController {

        @GetMapping("/numbered")
        String numbered(
                @RequestParam(defaultValue = "0") @Min(0) int page,
                @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
            var request = new PageRequest(page, size);
            return request.page() + "/" + request.size() + "@" + request.offset();
        }

        @GetMapping("/cursor")
        String cursor(
                @RequestParam(required = false) String after,
                @RequestParam(defaultValue = StorePages.DEFAULT_LIMIT) @Min(1) @Max(StorePages.MAX_LIMIT) int limit) {
            return PageCursor.read(after, PREFIX, "after") + "/" + limit;
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new PagedController())
            .setControllerAdvice(new ProblemResponses())
            .build();

    @Test
    void aNumberedListStartsAtTheFirstPageOfFifty() throws Exception {
        mvc.perform(get("/numbered"))
                .andExpect(status().isOk())
                .andExpect(content().string("0/50@0"));
        mvc.perform(get("/numbered?page=3&size=200"))
                .andExpect(status().isOk())
                .andExpect(content().string("3/200@600"));
    }

    @Test
    void aCursorListStartsAtTheFirstPageOfFifty() throws Exception {
        mvc.perform(get("/cursor"))
                .andExpect(status().isOk())
                .andExpect(content().string("null/50"));
        mvc.perform(get("/cursor?limit=500&after=" + PageCursor.of(PREFIX + "s-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(PREFIX + "s-1/500"));
    }

    @ParameterizedTest
    @CsvSource({
        "/numbered?page=-1, page",
        "/numbered?size=0, size",
        "/numbered?size=201, size",
        "/numbered?size=ten, size",
        "/cursor?limit=0, limit",
        "/cursor?limit=501, limit",
        "/cursor?after=bm90LXRoaXMtbGlzdA, after",
        "/cursor?after=%25%25, after",
    })
    void aValueOutOfBoundsIsAProblemNamingTheParameter(String query, String field) throws Exception {
        mvc.perform(get(query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value("Field " + field + " is invalid."))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void aCursorIsOpaqueAndRoundTrips() {
        String token = PageCursor.of(PREFIX + "s-42");

        assertThat(token).doesNotContain("|").doesNotContain("=");
        assertThat(PageCursor.read(token, PREFIX, "after")).isEqualTo(PREFIX + "s-42");
        assertThat(PageCursor.of(null)).isNull();
        assertThat(PageCursor.read(null, PREFIX, "after")).isNull();
        assertThat(PageCursor.read("", PREFIX, "after")).isNull();
    }

    @Test
    void aPageRequestOutOfBoundsIsAProgrammingError() {
        assertThatThrownBy(() -> new PageRequest(-1, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PageRequest(2, 25).offset()).isEqualTo(50);
    }
}
