package edu.lifecycle.curriculum.defense.web;

import edu.lifecycle.curriculum.defense.CalendarEntry;
import edu.lifecycle.curriculum.defense.DefenseStatus;
import edu.lifecycle.curriculum.defense.stream.DefenseCalendarPages;
import edu.lifecycle.curriculum.defense.stream.DefenseCalendarTopology;
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
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The defense calendar: every defense whose result is not recorded, earliest first, with room, jury and status. The
 * calendar spans programmes and years, so it has no programme year to be unknown.
 */
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
            summary = "Defenses awaiting their result by date: past ones still unmarked, then upcoming ones",
            description = "Each defense is AWAITING_RESULT from its scheduled time on, SCHEDULED before; `status` "
                    + "lists one kind only. A rescheduled defense moves to its new date; a defense leaves the "
                    + "calendar once its result is recorded or the transcript closes.")
    ResponseEntity<?> calendar(
            @Parameter(description = "Only defenses of this status") @RequestParam(required = false)
                    DefenseStatus status,
            @Parameter(description = "The `next` of the previous page") @RequestParam(required = false) @Size(max = 200)
                    String after,
            @Parameter(description = "Defenses per page")
                    @RequestParam(defaultValue = StorePages.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(StorePages.MAX_LIMIT)
                    int limit,
            HttpServletRequest request) {
        return router.route(
                request,
                DefenseCalendarTopology.CALENDAR_STORE,
                DefenseCalendarTopology.CALENDAR_KEY,
                () -> ResponseEntity.ok(stores.read(
                        DefenseCalendarTopology.CALENDAR_STORE,
                        CalendarEntry.class,
                        calendar -> DefenseCalendarPages.page(
                                calendar, clock.instant(), Optional.ofNullable(status), after, limit))));
    }
}
