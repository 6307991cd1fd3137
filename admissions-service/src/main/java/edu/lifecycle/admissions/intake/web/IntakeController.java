package edu.lifecycle.admissions.intake.web;

import edu.lifecycle.admissions.intake.stream.IntakeAggregate;
import edu.lifecycle.admissions.intake.stream.IntakeView;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Who holds a seat and who waits, for one programme year. */
@RestController
@Tag(name = "Intake")
class IntakeController {

    private final KeyQueryRouter queries;

    IntakeController(KeyQueryRouter queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/intake")
    @Operation(summary = "Seat holders and the waitlist in promotion order")
    ResponseEntity<?> intake(@PathVariable String programme, @PathVariable String year, HttpServletRequest request) {
        return queries.get(
                request,
                IntakeAggregate.STATE_STORE,
                programme + "/" + year,
                IntakeView::of,
                "No admission decision has been taken yet for " + programme + " in " + year + ".");
    }
}
