package edu.lifecycle.curriculum.transcript.web;

import edu.lifecycle.curriculum.transcript.Transcript;
import edu.lifecycle.curriculum.transcript.stream.TranscriptAggregate;
import edu.lifecycle.curriculum.transcript.stream.TranscriptView;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Curriculum's part of a person's right of access (docs/privacy.md): every service answers the same path with what
 * it holds, and a client assembles them. Curriculum holds the student's transcript (courses, marks, dissertation,
 * degree), under their id only; the graduation checklist is derived from it and the other services' events.
 */
@RestController
@Tag(name = "Personal data")
class PersonalDataExportController {

    private final KeyQueryRouter queries;

    PersonalDataExportController(KeyQueryRouter queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/students/{studentId}/personal-data/export")
    @Operation(summary = "Everything curriculum holds about a student (right of access): their transcript")
    ResponseEntity<?> export(@PathVariable String studentId, HttpServletRequest request) {
        return queries.get(
                request,
                TranscriptAggregate.STATE_STORE,
                studentId,
                (Transcript transcript) -> new CurriculumExport("curriculum", studentId, TranscriptView.of(transcript)),
                "Curriculum holds nothing about student " + studentId + ".");
    }

    record CurriculumExport(String service, String studentId, TranscriptView transcript) {}
}
