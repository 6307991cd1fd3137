package edu.lifecycle.admissions.cohort.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.admissions.programme.Programmes;
import edu.lifecycle.admissions.programme.web.ProgrammeYearPaths;
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

/**
 * What the cohort queries answer to bad parameters and to programme years that are not offered, before any store is
 * read: no Streams, no Spring context.
 */
class CohortQueryParametersTest {

    private static final String COHORT = "/api/v1/programmes/M2-ISD/years/2026-2027";

    private final MockMvc mvc;

    CohortQueryParametersTest() {
        var self = new ThisInstance("localhost", () -> 8080);
        // Streams never started: a query that passes validation meets a store that cannot answer yet.
        var stores = new StoreQueries(store -> Optional.empty(), self);
        var router = new KeyQueryRouter(stores, new InstanceForwarder(self, Duration.ofSeconds(1)));
        // M2-ISD and M2-ISI, 2026-2027 and 2027-2028 open.
        var paths = new ProgrammeYearPaths(Programmes.catalog());
        mvc = MockMvcBuilders.standaloneSetup(
                        new ApplicationPipelineController(router, stores, paths),
                        new FunnelController(router, stores, paths),
                        new RosterController(router, stores, paths))
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
    @ValueSource(strings = {"2026-2028", "2026", "twenty-six", "1900-1901", "9998-9999"})
    void answersAYearThatIsNotTwoConsecutiveYearsWithAProblemNamingIt(String year) throws Exception {
        mvc.perform(get("/api/v1/programmes/M2-ISD/years/" + year + "/funnel"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"year\""));
    }

    @ParameterizedTest
    @CsvSource({
        "M2-UNKNOWN, 2026-2027, /funnel, programme-unknown",
        "M2-UNKNOWN, 2026-2027, /applications, programme-unknown",
        "M2-UNKNOWN, 2026-2027, /roster, programme-unknown",
    })
    void aProgrammeNotOfferedHasNoReadModelRatherThanOneOfZeros(
            String programme, String year, String query, String rule) throws Exception {
        mvc.perform(get("/api/v1/programmes/" + programme + "/years/" + year + query))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("\"rule\":\"" + rule + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/applications?status=ADMITTED&page=3&size=200", "/funnel", "/roster?page=0&size=1"})
    void aValidQueryWhileTheServiceStartsIsToBeRetried(String query) throws Exception {
        mvc.perform(get(COHORT + query))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/v1/programmes/M2-ISI/years/2027-2028" + query))
                .andExpect(status().isServiceUnavailable());
    }
}
