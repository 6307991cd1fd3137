package edu.lifecycle.curriculum.graduation.web;

import edu.lifecycle.curriculum.graduation.stream.GraduationTopology;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where a student stands with the four conditions of the degree. */
@RestController
@Tag(name = "Graduation")
class GraduationChecklistController {

    private final KeyQueryRouter router;

    GraduationChecklistController(KeyQueryRouter router) {
        this.router = router;
    }

    @GetMapping("/api/v1/students/{studentId}/graduation-checklist")
    @Operation(
            summary = "A student's graduation checklist",
            description = "Each of the four conditions (60 ECTS, dissertation passed, experience requirement met, "
                    + "tuition settled): whether it holds, the event that established it and when; and the degree.")
    ResponseEntity<?> checklist(@PathVariable String studentId, HttpServletRequest request) {
        return router.get(
                request,
                GraduationTopology.CHECKLISTS_STORE,
                studentId,
                ChecklistView::of,
                "Nothing is known yet of student " + studentId + "'s graduation.");
    }
}
