package edu.lifecycle.admissions.cohort.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.web.ProblemResponses;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** What the cohort queries answer to bad parameters, before any store is read: no Streams, no Spring context. */
class CohortQueryParametersTest {

    private static final String COHORT = "/api/v1/programmes/M2-ISD/years/2026-2027";

    private final MockMvc mvc;

    CohortQueryParametersTest() {
        var self = new ThisInstance("localhost", () -> 8080);
        // Streams never started: a query that passes validation meets a store that cannot answer yet.
        var stores = new StoreQueries(store -> Optional.empty(), self);
        var router = new KeyQueryRouter(stores, new InstanceForwarder(self, Duration.ofSeconds(1)));
        mvc = MockMvcBuilders.standaloneSetup(
                        new ApplicationPipelineController(router, stores),
                        new FunnelController(router, stores),
                        new RosterController(router, stores))
                .setControllerAdvice(new ProblemResponses())
                .build();
    }

    @ParameterizedTest
    @CsvSource({
        "/applications?size=0, size",
        "/applications?size=201, size",
        "/applications?page=-1, page",
        "/applications?size=ten, size",
        "/applications?status=PENDING, status",
        "/roster?size=0, size",
        "/roster?size=500, size",
    })
    void answersABadPagingOrStatusParameterWithAProblemNamingIt(String query, String field) throws Exception {
        mvc.perform(get(COHORT + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"" + field + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-2028", "2026", "twenty-six"})
    void answersAYearThatIsNotTwoConsecutiveYearsWithAProblemNamingIt(String year) throws Exception {
        mvc.perform(get("/api/v1/programmes/M2-ISD/years/" + year + "/funnel"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"year\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/applications?status=ADMITTED&page=3&size=200", "/funnel", "/roster?page=0&size=1"})
    void aValidQueryWhileTheServiceStartsIsToBeRetried(String query) throws Exception {
        mvc.perform(get(COHORT + query))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
    }
}
