package edu.lifecycle.curriculum.defense.web;

import edu.lifecycle.curriculum.defense.stream.DefenseCalendarTopology;
import edu.lifecycle.curriculum.defense.stream.UpcomingDefenses;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StorePages;
import edu.lifecycle.servicekit.query.StoreQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The defense calendar: upcoming defenses, earliest first, with room and jury. */
@RestController
@Tag(name = "Defense calendar")
class DefenseCalendarController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final Clock clock;

    DefenseCalendarController(KeyQueryRouter router, StoreQueries stores, Clock clock) {
        this.router = router;
        this.stores = stores;
        this.clock = clock;
    }

    @GetMapping("/api/v1/defenses")
    @Operation(
            summary = "Upcoming defenses by date",
            description = "Defenses from now on (or after the `after` cursor of a previous page), earliest first. A "
                    + "defense leaves the calendar once its result is recorded or the transcript closes.")
    ResponseEntity<?> upcoming(
            @Parameter(description = "The `next` of the previous page") @RequestParam(required = false) @Size(max = 200)
                    String after,
            @Parameter(description = "Defenses per page")
                    @RequestParam(defaultValue = "50")
                    @Min(1)
                    @Max(StorePages.MAX_LIMIT)
                    int limit,
            HttpServletRequest request) {
        return router.route(
                request,
                DefenseCalendarTopology.CALENDAR_STORE,
                DefenseCalendarTopology.CALENDAR_KEY,
                () -> ResponseEntity.ok(UpcomingDefenses.page(
                        stores.local(DefenseCalendarTopology.CALENDAR_STORE), clock.instant(), after, limit)));
    }
}
