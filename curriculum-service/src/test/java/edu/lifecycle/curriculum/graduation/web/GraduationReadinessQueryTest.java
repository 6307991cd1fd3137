package edu.lifecycle.curriculum.graduation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.curriculum.ProgrammeYearQueries;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.ProgrammeYears;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** What graduation readiness answers, beyond how every programme-year view reads its path. */
class GraduationReadinessQueryTest extends ProgrammeYearQueries {

    @Override
    protected String view() {
        return "graduation-readiness";
    }

    @Override
    protected Object controller(KeyQueryRouter router, StoreQueries stores, ProgrammeYears years) {
        return new GraduationReadinessController(router, stores, years);
    }

    @Test
    void aStoreNotReadyYetIsAProblemToRetry() throws Exception {
        queryBeforeStreamsStarted("M2-ISD", "2026-2027")
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("retry"));
    }

    @Test
    void aYearNoLongerOpenStillListsItsStudents() throws Exception {
        students.enroll("stu-2");
        students.enroll("stu-1");

        query("M2-ISD", CLOSED_YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.academicYear").value(CLOSED_YEAR))
                .andExpect(jsonPath("$.items[*].studentId").value(Matchers.contains("stu-1", "stu-2")));
    }

    @Test
    void aYearNoLongerOpenPagedPastItsLastStudentIsAnEmptyPageNotAMissingYear() throws Exception {
        students.enroll("stu-1");

        query("M2-ISD", CLOSED_YEAR, "?after=stu-1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void anOpenYearWithoutChecklistsIsAnEmptyList() throws Exception {
        students.enroll("stu-1");

        query("M2-ISD", OPEN_YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.academicYear").value(OPEN_YEAR))
                .andExpect(jsonPath("$.items").isEmpty());
    }
}
