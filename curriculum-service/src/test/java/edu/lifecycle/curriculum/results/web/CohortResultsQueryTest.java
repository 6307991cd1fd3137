package edu.lifecycle.curriculum.results.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.curriculum.programme.OpenYears;
import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.web.ProblemResponses;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** What the cohort results answer before any store is read: no Streams, no Spring context. */
class CohortResultsQueryTest {

    private final MockMvc mvc;

    CohortResultsQueryTest() {
        var self = new ThisInstance("localhost", () -> 8080);
        // Streams never started: a query that gets as far as the store is told to retry.
        var stores = new StoreQueries(store -> Optional.empty(), self);
        var router = new KeyQueryRouter(stores, new InstanceForwarder(self, Duration.ofSeconds(1)));
        mvc = MockMvcBuilders.standaloneSetup(new CohortResultsController(
                        router, stores, Programmes.catalog(), new OpenYears(List.of("2026-2027", "2027-2028"))))
                .setControllerAdvice(new ProblemResponses())
                .build();
    }

    @Test
    void aProgrammeTheCurriculumDoesNotTeachIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/programmes/M2-XYZ/years/2026-2027/results"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("M2-XYZ")
                        .contains("\"rule\":\"programme-unknown\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-2028", "1900-1901", "9999-0000"})
    void aYearThatIsNotTwoConsecutivePlausibleYearsIsABadRequestNamingIt(String year) throws Exception {
        mvc.perform(get("/api/v1/programmes/M2-ISD/years/" + year + "/results"))
                .andExpect(status().isBadRequest())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"year\""));
    }

    @Test
    void aKnownProgrammeYearIsReadFromTheStore() throws Exception {
        mvc.perform(get("/api/v1/programmes/M2-ISD/years/2031-2032/results"))
                .andExpect(status().isServiceUnavailable());
    }
}
