package edu.lifecycle.placement.placement.web;

import edu.lifecycle.placement.placement.stream.StudentPlacements;
import edu.lifecycle.placement.placement.stream.StudentPlacementsProjector;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Placement's part of a person's right of access (docs/privacy.md): every service answers the same path with what it
 * holds, and a client assembles them. Placement holds the student's internships and work-study contracts (with the
 * organisations and tutors named on them) and validated months, under the student's id only.
 */
@RestController
@Tag(name = "Personal data")
class PersonalDataExportController {

    private final KeyQueryRouter router;

    PersonalDataExportController(KeyQueryRouter router) {
        this.router = router;
    }

    @GetMapping("/api/v1/students/{studentId}/personal-data/export")
    @Operation(summary = "Everything placement holds about a student (right of access): their placement record")
    ResponseEntity<?> export(@PathVariable String studentId, HttpServletRequest request) {
        return router.get(
                request,
                StudentPlacementsProjector.STORE,
                studentId,
                (StudentPlacements placements) -> new PlacementExport("placement", studentId, placements),
                "Placement holds nothing about student " + studentId + ".");
    }

    record PlacementExport(String service, String studentId, StudentPlacements placements) {}
}
