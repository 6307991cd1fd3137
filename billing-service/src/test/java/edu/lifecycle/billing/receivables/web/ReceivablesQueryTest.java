package edu.lifecycle.billing.receivables.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.billing.ProgrammeYearQueries;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.ProgrammeYears;
import org.junit.jupiter.api.Test;

/** What the receivables of a programme year answer, beyond how every programme-year view reads its path. */
class ReceivablesQueryTest extends ProgrammeYearQueries {

    @Override
    protected String view() {
        return "receivables";
    }

    @Override
    protected Object controller(KeyQueryRouter router, StoreQueries stores, ProgrammeYears years) {
        return new ReceivablesController(router, stores, years);
    }

    @Test
    void aClosedYearWithAccountsStillShowsThem() throws Exception {
        enroll("stu-1");
        enroll("stu-2");

        query("M2-ISD", CLOSED_YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.academicYear").value(CLOSED_YEAR))
                .andExpect(jsonPath("$.accounts").value(2))
                .andExpect(jsonPath("$.billed").value("19500.00"));
    }

    @Test
    void anOpenYearWithoutAccountsAnswersZeros() throws Exception {
        enroll("stu-1");

        query("M2-ISD", OPEN_YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.academicYear").value(OPEN_YEAR))
                .andExpect(jsonPath("$.accounts").value(0))
                .andExpect(jsonPath("$.billed").value("0.00"))
                .andExpect(jsonPath("$.outstanding").value("0.00"));
    }
}
