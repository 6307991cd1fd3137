package edu.lifecycle.admissions.application.web;

import edu.lifecycle.admissions.application.Application;
import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.application.stream.ApplicationAggregate;
import edu.lifecycle.admissions.application.stream.ApplicationCommandFormat;
import edu.lifecycle.admissions.application.stream.ApplicationView;
import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.admissions.timeline.StudentTimeline;
import edu.lifecycle.admissions.timeline.TimelineEntry;
import edu.lifecycle.admissions.timeline.stream.TimelineQuery;
import edu.lifecycle.admissions.timeline.stream.TimelineStores;
import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandResponses;
import edu.lifecycle.servicekit.command.IdempotencyKey;
import edu.lifecycle.servicekit.query.KeyOwner;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's rights over their data (docs/privacy.md): access (the export of what admissions holds), rectification
 * and erasure. Erasure and rectification destroy the data key of the values they remove (ADR 13).
 */
@RestController
@Tag(name = "Personal data")
class PersonalDataController {

    private final CommandGateway commands;
    private final PersonalDataKeys keys;
    private final CommandCodec<ApplicationCommand> codec;
    private final KeyQueryRouter router;
    private final StoreQueries stores;

    PersonalDataController(
            CommandGateway commands,
            PersonalDataKeys keys,
            PersonalFields personal,
            KeyQueryRouter router,
            StoreQueries stores) {
        this.commands = commands;
        this.keys = keys;
        // The corrected values are sealed with the person's newest data key before they reach the commands topic.
        this.codec = ApplicationCommandFormat.codec(personal);
        this.router = router;
        this.stores = stores;
    }

    @DeleteMapping("/api/v1/students/{studentId}/personal-data")
    @Operation(
            summary = "Erase a student's name and e-mail",
            description = "Destroys the student's data key, so every sealed copy (commands, state changelog, dead "
                    + "letters) becomes unreadable at once; writes a tombstone to admissions.student-profiles and "
                    + "removes the data from every admissions store; public events never carried it. Erasing twice "
                    + "changes nothing.")
    ResponseEntity<Object> erase(@PathVariable String studentId, @IdempotencyKey String idempotencyKey) {
        return CommandResponses.ok(commands.submit(
                idempotencyKey,
                codec,
                meta -> new ApplicationCommand.ErasePersonalData(meta.commandId(), studentId, meta.issuedAt())));
    }

    @PostMapping("/api/v1/students/{studentId}/personal-data/rectification")
    @Operation(
            summary = "Correct a student's name, e-mail or both",
            description = "The corrected values are sealed with a new data key; once the correction is decided the "
                    + "key of the old values is destroyed, so no copy of them can be read any more, and the corrected "
                    + "profile replaces the old one on admissions.student-profiles. An absent field stays as it is.")
    ResponseEntity<Object> rectify(
            @PathVariable String studentId,
            @Valid @RequestBody ApplicationRequests.RectifyPersonalData body,
            @IdempotencyKey String idempotencyKey) {
        // A new key for the new values; a retry under the same Idempotency-Key seals with the same one.
        keys.rotate(studentId, idempotencyKey);
        return CommandResponses.ok(commands.submit(idempotencyKey, codec, meta -> body.toCommand(meta, studentId)));
    }

    @GetMapping("/api/v1/students/{studentId}/personal-data/export")
    @Operation(
            summary = "Everything admissions holds about a student (right of access)",
            description = "The application with name and e-mail, and the student's timeline of facts from all four "
                    + "services' public events. Billing, curriculum and placement each answer the same path with "
                    + "their part (docs/privacy.md).")
    ResponseEntity<?> export(@PathVariable String studentId, HttpServletRequest request) {
        return router.route(request, ApplicationAggregate.STATE_STORE, studentId, () -> {
            Optional<Application> application = stores.get(ApplicationAggregate.STATE_STORE, studentId);
            Optional<StudentTimeline> timeline = timelineHeldHere(studentId);
            if (application.isEmpty() && timeline.isEmpty()) {
                return Problems.notFound("Admissions holds nothing about student " + studentId + ".");
            }
            return ResponseEntity.ok(new PersonalDataExport(
                    "admissions",
                    studentId,
                    application.map(ApplicationView::of).orElse(null),
                    timeline.map(StudentTimeline::entries).orElse(List.of()),
                    timeline.isPresent() || ownsTimeline(studentId)
                            ? null
                            : "/api/v1/students/" + studentId + "/timeline"));
        });
    }

    /** The timeline, when this instance holds it (with several instances it may live on another one). */
    private Optional<StudentTimeline> timelineHeldHere(String studentId) {
        if (!ownsTimeline(studentId)) {
            return Optional.empty();
        }
        return stores.read(
                TimelineStores.TIMELINES, TimelineEntry.class, timelines -> TimelineQuery.of(timelines, studentId));
    }

    private boolean ownsTimeline(String studentId) {
        return !(stores.owner(TimelineStores.TIMELINES, studentId) instanceof KeyOwner.Remote);
    }

    /**
     * What admissions holds about one person.
     *
     * @param application the application with name and e-mail; {@code null} if the person never applied
     * @param timeline the facts about the person on the four public topics (ids, no identity)
     * @param timelineElsewhere where to read the timeline when another instance holds it, else {@code null}
     */
    record PersonalDataExport(
            String service,
            String studentId,
            ApplicationView application,
            List<?> timeline,
            String timelineElsewhere) {}
}
