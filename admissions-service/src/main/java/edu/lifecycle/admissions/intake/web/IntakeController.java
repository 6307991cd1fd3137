package edu.lifecycle.admissions.intake.web;

import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.intake.WaitlistEntry;
import edu.lifecycle.admissions.intake.stream.IntakeAggregate;
import edu.lifecycle.admissions.intake.stream.IntakeRecord;
import edu.lifecycle.admissions.intake.stream.IntakeView;
import edu.lifecycle.admissions.programme.web.ProgrammeYearPaths;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.NotFoundProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Who holds a seat and who waits, for one programme year. */
@RestController
@Tag(name = "Intake")
class IntakeController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final ProgrammeYearPaths paths;

    IntakeController(KeyQueryRouter router, StoreQueries stores, ProgrammeYearPaths paths) {
        this.router = router;
        this.stores = stores;
        this.paths = paths;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/intake")
    @Operation(
            summary = "Seat holders and the waitlist in promotion order",
            description = "Both empty for an open programme year in which no decision has been taken yet.")
    @ApiResponse(
            responseCode = "200",
            description = "The intake",
            content = @Content(schema = @Schema(implementation = IntakeView.class)))
    @NotFoundProblem("The programme is unknown or the academic year is not open (the problem names the rule)")
    ResponseEntity<?> intake(@PathVariable String programme, @PathVariable String year, HttpServletRequest request) {
        var named = paths.named(programme, year);
        var key = new IntakeKey(named.programmeId(), named.academicYear());
        // The seats and the waitlist are in the same task as the intake's key, so its owner answers for all three.
        return router.route(request, IntakeAggregate.STATE_STORE, key.toString(), () -> {
            var stored = stores.<IntakeRecord>get(IntakeAggregate.STATE_STORE, key.toString());
            paths.requireReportable(named, stored::isPresent);
            return ResponseEntity.ok(IntakeView.read(
                    key,
                    stored,
                    prefix -> all(IntakeAggregate.SEATS_STORE, String.class, prefix),
                    prefix -> all(IntakeAggregate.WAITLIST_STORE, WaitlistEntry.class, prefix)));
        });
    }

    /**
     * Every value under {@code prefix}, in key order. One scan rather than the kit's pages: an intake's entries are all
     * in one task's store, and its view lists them whole.
     */
    private <V> List<V> all(String store, Class<V> valueType, String prefix) {
        return stores.read(store, valueType, local -> {
            var values = new ArrayList<V>();
            try (KeyValueIterator<String, V> entries = local.prefixScan(prefix, new StringSerializer())) {
                entries.forEachRemaining(entry -> values.add(entry.value));
            }
            return values;
        });
    }
}
