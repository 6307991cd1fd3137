package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A student's transcript and graduation checklist, and the registrar's action on it: record a course grade. */
@Controller
class TranscriptActionsController {

    private final ServiceCalls services;

    TranscriptActionsController(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping("/transcripts/{studentId}")
    String transcript(@PathVariable String studentId, Model model) {
        var transcript = services.start(Service.CURRICULUM, "/api/v1/transcripts/{id}", studentId);
        var checklist = services.start(Service.CURRICULUM, "/api/v1/students/{id}/graduation-checklist", studentId);
        model.addAttribute("studentId", studentId);
        model.addAttribute("transcript", Section.of("Transcript", transcript.answer()));
        model.addAttribute("checklist", Section.of("Graduation checklist", checklist.answer()));
        model.addAttribute("sessions", List.of("FIRST", "RESIT"));
        return "transcript";
    }

    @PostMapping("/transcripts/{studentId}/grades")
    String recordGrade(
            @PathVariable String studentId,
            @RequestParam String courseCode,
            @RequestParam String session,
            @RequestParam BigDecimal mark,
            RedirectAttributes redirect) {
        var answer = services.post(
                Service.CURRICULUM,
                Map.of("courseCode", courseCode.trim(), "session", session, "mark", mark),
                "/api/v1/transcripts/{id}/grades",
                studentId);
        redirect.addFlashAttribute("outcome", ActionOutcome.of("Record the grade", Service.CURRICULUM, answer));
        return "redirect:/transcripts/" + studentId;
    }
}
