package edu.lifecycle.admissions.cohort.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.admissions.programme.Programmes;
import edu.lifecycle.admissions.programme.web.ProgrammeYearPaths;
import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.testing.LocalStores;
import edu.lifecycle.servicekit.web.ProblemResponses;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The cohort queries while a rebalance takes their stores away: this instance owns the cohort and gets its store, but
 * the store stops answering as it is read. The client is told to retry (503, {@code Retry-After}), never a 500.
 */
class CohortQueriesDuringRebalanceTest {

    private final MockMvc mvc;

    CohortQueriesDuringRebalanceTest() {
        var self = new ThisInstance("localhost", () -> 8080);
        var stores = LocalStores.movingAway(self);
        var router = new KeyQueryRouter(stores, new InstanceForwarder(self, Duration.ofSeconds(1)));
        var paths = new ProgrammeYearPaths(Programmes.catalog());
        mvc = MockMvcBuilders.standaloneSetup(
                        new ApplicationPipelineController(router, stores, paths),
                        new FunnelController(router, stores, paths),
                        new RosterController(router, stores, paths))
                .setControllerAdvice(new ProblemResponses())
                .build();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/programmes/M2-ISD/years/2026-2027/roster",
                "/api/v1/programmes/M2-ISD/years/2026-2027/roster?page=1&size=10",
                "/api/v1/programmes/M2-ISD/years/2026-2027/funnel",
                "/api/v1/programmes/M2-ISD/years/2026-2027/applications?status=ADMITTED",
                "/api/v1/students/stu-1/roster-entry"
            })
    void aStoreMovingAwayDuringTheReadIsAProblemToRetryNotA500(String query) throws Exception {
        mvc.perform(get(query))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.title").value("Temporarily unavailable"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("retry")))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("cohort-rosters"))));
    }
}
