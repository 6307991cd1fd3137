package edu.lifecycle.admissions.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** What the intake query answers for a programme year that is not offered, before any store is read. */
class IntakeQueryTest {

    private final MockMvc mvc;

    IntakeQueryTest() {
        var self = new ThisInstance("localhost", () -> 8080);
        var stores = new StoreQueries(store -> Optional.empty(), self);
        var router = new KeyQueryRouter(stores, new InstanceForwarder(self, Duration.ofSeconds(1)));
        mvc = MockMvcBuilders.standaloneSetup(
                        new IntakeController(router, stores, new ProgrammeYearPaths(Programmes.catalog())))
                .setControllerAdvice(new ProblemResponses())
                .build();
    }

    @ParameterizedTest
    @CsvSource({"M2-UNKNOWN, 2026-2027, programme-unknown"})
    void anUnknownProgrammeHasNoIntake(String programme, String year, String rule) throws Exception {
        mvc.perform(get("/api/v1/programmes/" + programme + "/years/" + year + "/intake"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("\"rule\":\"" + rule + "\""));
    }

    @ParameterizedTest
    @CsvSource({"M2-ISD, 2026-2028", "M2-ISD, twenty-six", "M2-ISD, 1900-1901"})
    void aMalformedYearIsBadInputNamingTheField(String programme, String year) throws Exception {
        mvc.perform(get("/api/v1/programmes/" + programme + "/years/" + year + "/intake"))
                .andExpect(status().isBadRequest())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"year\""));
    }
}
