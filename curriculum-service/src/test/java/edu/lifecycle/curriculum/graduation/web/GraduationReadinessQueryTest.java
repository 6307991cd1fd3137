package edu.lifecycle.curriculum.graduation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.web.ProblemResponses;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** What graduation readiness answers before its programme year's store can be read: no Streams, no Spring context. */
class GraduationReadinessQueryTest {

    private final MockMvc mvc;

    GraduationReadinessQueryTest() {
        var self = new ThisInstance("localhost", () -> 8080);
        // Streams never started: neither the owner of the programme year nor its store can be read yet.
        var stores = new StoreQueries(store -> Optional.empty(), self);
        var router = new KeyQueryRouter(stores, new InstanceForwarder(self, Duration.ofSeconds(1)));
        mvc = MockMvcBuilders.standaloneSetup(new GraduationReadinessController(router, stores))
                .setControllerAdvice(new ProblemResponses())
                .build();
    }

    @Test
    void aStoreNotReadyYetIsAProblemToRetry() throws Exception {
        mvc.perform(get("/api/v1/programmes/M2-ISD/years/2026-2027/graduation-readiness"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("retry"));
    }
}
