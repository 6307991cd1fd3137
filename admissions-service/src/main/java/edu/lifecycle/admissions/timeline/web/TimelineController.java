package edu.lifecycle.admissions.timeline.web;

import edu.lifecycle.admissions.timeline.StudentTimeline;
import edu.lifecycle.admissions.timeline.TimelineEntry;
import edu.lifecycle.admissions.timeline.stream.TimelineQuery;
import edu.lifecycle.admissions.timeline.stream.TimelineStores;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.NotFoundProblem;
import edu.lifecycle.servicekit.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A student's timeline across the four services. */
@RestController
@Tag(name = "Timelines", description = "Every public event about a student, from all four services")
class TimelineController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;

    TimelineController(KeyQueryRouter router, StoreQueries stores) {
        this.router = router;
        this.stores = stores;
    }

    @GetMapping("/api/v1/students/{studentId}/timeline")
    @Operation(
            summary = "A student's timeline",
            description = "Every event about the student on admissions.events, billing.events, curriculum.events and "
                    + "placement.events, in the order they occurred (ties by topic, then position in the topic), "
                    + "each once however often it was delivered.")
    @ApiResponse(
            responseCode = "200",
            description = "The timeline",
            content = @Content(schema = @Schema(implementation = StudentTimeline.class)))
    @NotFoundProblem("No event about the student has been read")
    ResponseEntity<?> timeline(
            @Parameter(description = "Student id") @PathVariable String studentId, HttpServletRequest request) {
        return router.route(
                request,
                TimelineStores.TIMELINES,
                studentId,
                () -> stores.read(
                                TimelineStores.TIMELINES,
                                TimelineEntry.class,
                                timelines -> TimelineQuery.of(timelines, studentId))
                        .<ResponseEntity<?>>map(ResponseEntity::ok)
                        .orElseGet(() -> Problems.notFound("No event about student " + studentId + " has been read.")));
    }
}
