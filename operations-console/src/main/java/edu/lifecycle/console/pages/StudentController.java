package edu.lifecycle.console.pages;

import edu.lifecycle.console.access.SignedInUser;
import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import java.util.LinkedHashMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One student in one page: the timeline and each service's view, as far as the user's role may read them. A student
 * opens only their own; another's answers 403.
 */
@Controller
class StudentController {

    private final ServiceCalls services;

    StudentController(ServiceCalls services) {
        this.services = services;
    }

    /** The header's "find a student" form. */
    @GetMapping("/students")
    String find(@org.springframework.web.bind.annotation.RequestParam String id) {
        return "redirect:/students/"
                + org.springframework.web.util.UriUtils.encodePathSegment(
                        id.trim(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/students/{studentId}")
    String student(@PathVariable String studentId, Authentication authentication, Model model) {
        if (!SignedInUser.of(authentication).mayOpenFileOf(studentId)) {
            // The security filter's 403 page, as for any page outside the role.
            throw new AccessDeniedException("A student sees only their own file.");
        }
        model.addAttribute("studentId", studentId);
        // Every call starts before the first answer is awaited: the page takes as long as its slowest call.
        var timeline = services.start(Service.ADMISSIONS, "/api/v1/students/{id}/timeline", studentId);
        var application = services.start(Service.ADMISSIONS, "/api/v1/applications/{id}", studentId);
        var account = services.start(Service.BILLING, "/api/v1/accounts/{id}", studentId);
        var transcript = services.start(Service.CURRICULUM, "/api/v1/transcripts/{id}", studentId);
        var checklist = services.start(Service.CURRICULUM, "/api/v1/students/{id}/graduation-checklist", studentId);
        var placements = services.start(Service.PLACEMENT, "/api/v1/students/{id}/placements", studentId);
        model.addAttribute("timeline", Section.of("Timeline", timeline.answer()));
        var views = new LinkedHashMap<String, Section>();
        views.put("Admissions", Section.of("Application", application.answer()));
        views.put("Billing", Section.of("Account", account.answer()));
        views.put("Curriculum", Section.of("Transcript", transcript.answer()));
        views.put("Graduation", Section.of("Graduation checklist", checklist.answer()));
        views.put("Placement", Section.of("Placements", placements.answer()));
        model.addAttribute("views", views);
        return "student";
    }
}
