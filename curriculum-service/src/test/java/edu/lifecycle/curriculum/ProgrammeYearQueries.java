package edu.lifecycle.curriculum;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.web.ProblemResponses;
import edu.lifecycle.servicekit.web.ProgrammeYears;
import java.time.Duration;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * How each of the curriculum's programme-year views reads its path (the kit's {@link ProgrammeYears}), answered from
 * the read models a {@link CurriculumDriver} built, with no broker and no Spring context: the year the tests enroll in
 * ({@link #CLOSED_YEAR}) has closed, the next ({@link #OPEN_YEAR}) is open. A view's test extends this with what the
 * view shows.
 */
public abstract class ProgrammeYearQueries {

    public static final String CLOSED_YEAR = Programmes.YEAR;
    public static final String OPEN_YEAR = "2027-2028";

    protected final CurriculumDriver curriculum = CurriculumDriver.withReadModels();
    protected final Students students = new Students(curriculum);
    private final ThisInstance self = new ThisInstance("localhost", () -> 8080);
    private final MockMvc mvc = mvc(curriculum.queries(self));

    /** The last segment of the view's path: {@code results}, {@code graduation-readiness}. */
    protected abstract String view();

    /** The view's controller, reading the stores and the rule given. */
    protected abstract Object controller(KeyQueryRouter router, StoreQueries stores, ProgrammeYears years);

    @AfterEach
    void close() {
        curriculum.close();
    }

    protected ResultActions query(String programme, String year) throws Exception {
        return query(mvc, programme, year, "");
    }

    protected ResultActions query(String programme, String year, String parameters) throws Exception {
        return query(mvc, programme, year, parameters);
    }

    /** The query asked before Streams has started: neither the owner of the programme year nor its store is known. */
    protected ResultActions queryBeforeStreamsStarted(String programme, String year) throws Exception {
        return query(mvc(new StoreQueries(store -> Optional.empty(), self)), programme, year, "");
    }

    private ResultActions query(MockMvc mvc, String programme, String year, String parameters) throws Exception {
        return mvc.perform(get("/api/v1/programmes/" + programme + "/years/" + year + "/" + view() + parameters));
    }

    private MockMvc mvc(StoreQueries stores) {
        var router = new KeyQueryRouter(stores, new InstanceForwarder(self, Duration.ofSeconds(1)));
        var catalog = Programmes.catalog();
        var years = new ProgrammeYears(
                programme -> catalog.find(programme).isPresent(),
                new AcademicCalendar(List.of(OPEN_YEAR), MonthDay.of(9, 1))::isOpen);
        return MockMvcBuilders.standaloneSetup(controller(router, stores, years))
                .setControllerAdvice(new ProblemResponses())
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026", "2026-2028", "1900-1901", "9999-0000", "next-year"})
    void aYearThatIsNotTwoConsecutivePlausibleYearsIsABadRequestNamingIt(String year) throws Exception {
        query("M2-ISD", year)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void aProgrammeTheCurriculumDoesNotTeachIsNotFoundNamingTheRule() throws Exception {
        query("M2-XYZ", CLOSED_YEAR)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("programme-unknown"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("M2-XYZ")));
    }

    @Test
    void aYearNeitherOpenNorHeldIsNotFoundRatherThanEmpty() throws Exception {
        students.enroll("stu-1");

        query("M2-ISD", "2031-2032")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("academic-year-not-open"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("2031-2032")));
    }
}
