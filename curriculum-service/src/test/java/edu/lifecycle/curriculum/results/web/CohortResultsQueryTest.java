package edu.lifecycle.curriculum.results.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.curriculum.ProgrammeYearQueries;
import edu.lifecycle.curriculum.transcript.ExamSession;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.ProgrammeYears;
import org.junit.jupiter.api.Test;

/** What the cohort results answer, beyond how every programme-year view reads its path. */
class CohortResultsQueryTest extends ProgrammeYearQueries {

    @Override
    protected String view() {
        return "results";
    }

    @Override
    protected Object controller(KeyQueryRouter router, StoreQueries stores, ProgrammeYears years) {
        return new CohortResultsController(router, stores, years);
    }

    @Test
    void aKnownProgrammeYearIsReadFromTheStore() throws Exception {
        queryBeforeStreamsStarted("M2-ISD", "2031-2032").andExpect(status().isServiceUnavailable());
    }

    @Test
    void aYearNoLongerOpenStillShowsTheResultsItHas() throws Exception {
        students.enroll("stu-1");
        students.grade("stu-1", "CC-01", "13", ExamSession.FIRST);

        query("M2-ISD", CLOSED_YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.academicYear").value(CLOSED_YEAR))
                .andExpect(jsonPath("$.students").value(1))
                .andExpect(jsonPath("$.courses[0].code").value("CC-01"))
                .andExpect(jsonPath("$.courses[0].passed").value(1));
    }

    @Test
    void anOpenYearWithoutTranscriptsHasEmptyResults() throws Exception {
        students.enroll("stu-1");

        query("M2-ISD", OPEN_YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.academicYear").value(OPEN_YEAR))
                .andExpect(jsonPath("$.students").value(0))
                .andExpect(jsonPath("$.courses").isEmpty())
                .andExpect(jsonPath("$.degreesAwarded").value(0));
    }
}
