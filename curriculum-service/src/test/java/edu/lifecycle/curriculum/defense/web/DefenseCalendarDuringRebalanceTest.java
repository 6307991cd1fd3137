package edu.lifecycle.curriculum.defense.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.testing.LocalStores;
import edu.lifecycle.servicekit.web.ProblemResponses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The defense calendar while a rebalance takes its store away: this instance holds the calendar and gets its store,
 * but the store stops answering as it is read. The client is told to retry (503, {@code Retry-After}), never a 500.
 */
class DefenseCalendarDuringRebalanceTest {

    private final MockMvc mvc;

    DefenseCalendarDuringRebalanceTest() {
        var self = new ThisInstance("localhost", () -> 8080);
        var stores = LocalStores.movingAway(self);
        var router = new KeyQueryRouter(stores, new InstanceForwarder(self, Duration.ofSeconds(1)));
        var clock = Clock.fixed(Instant.parse("2027-06-01T08:00:00Z"), ZoneOffset.UTC);
        mvc = MockMvcBuilders.standaloneSetup(new DefenseCalendarController(router, stores, clock))
                .setControllerAdvice(new ProblemResponses())
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/defenses", "/api/v1/defenses?status=SCHEDULED&limit=10"})
    void aStoreMovingAwayDuringTheReadIsAProblemToRetryNotA500(String query) throws Exception {
        mvc.perform(get(query))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.title").value("Temporarily unavailable"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("retry")))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("defense-calendar"))));
    }
}
