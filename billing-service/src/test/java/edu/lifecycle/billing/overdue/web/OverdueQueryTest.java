package edu.lifecycle.billing.overdue.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.billing.BillingDriver;
import edu.lifecycle.billing.ProgrammeYearQueries;
import edu.lifecycle.billing.account.Accounts;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.ProgrammeYears;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/** What the overdue list of a programme year answers, beyond how every programme-year view reads its path. */
class OverdueQueryTest extends ProgrammeYearQueries {

    @Override
    protected String view() {
        return "overdue";
    }

    @Override
    protected Object controller(KeyQueryRouter router, StoreQueries stores, ProgrammeYears years) {
        return new OverdueController(router, stores, years, Accounts.catalog(), billing.clock);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 501})
    void aPageSizeOutOfRangeIsABadRequestNamingIt(int limit) throws Exception {
        query("M2-ISD", OPEN_YEAR, "?limit=" + limit)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void aClosedYearWithAccountsStillShowsItsOverdueLines() throws Exception {
        enroll("stu-1");
        billing.clock.moveTo(Instant.parse("2026-11-02T08:00:00Z"));
        billing.timePasses(BillingDriver.SCAN_INTERVAL);

        query("M2-ISD", CLOSED_YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].studentId").value(Matchers.everyItem(Matchers.is("stu-1"))))
                .andExpect(jsonPath("$.items[*].lineId").value(Matchers.contains("deposit", "instalment-1")));
    }

    @Test
    void aClosedYearWithAccountsButNothingOverdueIsAnEmptyList() throws Exception {
        enroll("stu-1");

        query("M2-ISD", CLOSED_YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void anOpenYearWithoutAccountsIsAnEmptyList() throws Exception {
        enroll("stu-1");

        query("M2-ISD", OPEN_YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }
}
