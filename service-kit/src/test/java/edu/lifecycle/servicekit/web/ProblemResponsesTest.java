package edu.lifecycle.servicekit.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

class ProblemResponsesTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Students())
            .setControllerAdvice(new ProblemResponses())
            .build();

    @Test
    void eachInvalidFieldIsNamed() throws Exception {
        mvc.perform(post("/students")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"\", \"email\": \"nope\", \"credits\": 3, \"born\": \"2001-02-03\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message").exists())
                .andExpect(jsonPath("$.errors.length()").value(2));
    }

    @Test
    void fieldOfTheWrongTypeIsNamedWithTheTypeExpected() throws Exception {
        mvc.perform(post("/students")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Ada\", \"email\": \"ada@example.org\", \"credits\": \"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("credits"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("integer")));
    }

    @Test
    void badDateIsNamed() throws Exception {
        mvc.perform(
                        post("/students")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\": \"Ada\", \"email\": \"ada@example.org\", \"credits\": 1, \"born\": \"soon\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("born"));
    }

    @Test
    void malformedJsonSaysSo() throws Exception {
        mvc.perform(post("/students").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
    }

    @Test
    void missingBodySaysSo() throws Exception {
        mvc.perform(post("/students").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("missing")));
    }

    @Test
    void badPathAndQueryParametersAre400NamingThem() throws Exception {
        mvc.perform(get("/students/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("number"));
        mvc.perform(get("/students/7?year=next"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void missingQueryParameterIs400() throws Exception {
        mvc.perform(get("/students/7")).andExpect(status().isBadRequest());
    }

    @Test
    void protocolErrorsAreProblemsToo() throws Exception {
        mvc.perform(post("/students").contentType(MediaType.TEXT_PLAIN).content("hi"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/students"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unexpectedErrorIs500WithoutInternals() throws Exception {
        mvc.perform(get("/students/7/explode?year=2026"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void aStoreStillBeingRestoredIsAnswered503WithRetryAfterNot500() throws Exception {
        mvc.perform(get("/students/7/restoring"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("retry")));
    }

    @RestController
    static class Students {

        record NewStudent(
                @NotBlank String name,
                @Email String email,
                @Positive int credits,
                LocalDate born) {}

        @PostMapping("/students")
        NewStudent create(@Valid @RequestBody NewStudent student) {
            return student;
        }

        @GetMapping("/students/{number}")
        String read(@PathVariable int number, @RequestParam int year) {
            return number + "/" + year;
        }

        @GetMapping("/students/{number}/restoring")
        String restoring(@PathVariable int number) {
            throw new InvalidStateStoreException(
                    "Cannot get state store cohort-funnels because the stream thread is PARTITIONS_ASSIGNED");
        }

        @GetMapping("/students/{number}/explode")
        String explode(@PathVariable int number, @RequestParam int year) {
            throw new IllegalStateException("secret internals");
        }
    }
}
