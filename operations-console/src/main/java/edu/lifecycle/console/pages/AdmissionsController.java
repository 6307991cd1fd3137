package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pipeline of a programme year, one application, and the admissions officer's actions on it. */
@Controller
class AdmissionsController {

    static final List<String> STATUSES = List.of(
            "SUBMITTED",
            "ELIGIBLE",
            "INELIGIBLE",
            "GRADED",
            "ADMITTED",
            "WAITLISTED",
            "REJECTED",
            "ENROLLED",
            "WITHDRAWN");
    private static final int PAGE_SIZE = 25;

    private final ServiceCalls services;

    AdmissionsController(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping(OverviewController.YEAR + "/admissions")
    String pipeline(
            @PathVariable String programme,
            @PathVariable String year,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var filter = status != null && STATUSES.contains(status) ? status : null;
        var path = "/api/v1/programmes/{programme}/years/{year}/applications?page={page}&size={size}"
                + (filter == null ? "" : "&status=" + filter);
        var pipeline = services.start(Service.ADMISSIONS, path, programme, year, Math.max(0, page), PAGE_SIZE);
        var intake = services.start(Service.ADMISSIONS, "/api/v1/programmes/{p}/years/{y}/intake", programme, year);
        var answer = pipeline.answer();
        model.addAttribute("pipeline", Section.of("Applications", answer));
        model.addAttribute(
                "hasNext", answer.ok() && answer.body().path("hasNext").asBoolean(false));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("status", filter);
        model.addAttribute("pageNumber", Math.max(0, page));
        model.addAttribute("intake", Section.of("Intake", intake.answer()));
        PageModel.year(model, programme, year, "admissions");
        return "admissions";
    }

    @GetMapping("/applications/{studentId}")
    String application(@PathVariable String studentId, Model model) {
        model.addAttribute("studentId", studentId);
        model.addAttribute(
                "applicationView",
                Section.of("Application", services.get(Service.ADMISSIONS, "/api/v1/applications/{id}", studentId)));
        model.addAttribute("decisions", List.of("ADMITTED", "WAITLISTED", "REJECTED"));
        return "application";
    }

    @PostMapping("/applications/{studentId}/exam")
    String gradeExam(
            @PathVariable String studentId,
            @RequestParam BigDecimal writtenMark,
            @RequestParam BigDecimal interviewMark,
            RedirectAttributes redirect) {
        var body = Map.of("writtenMark", writtenMark, "interviewMark", interviewMark);
        return act(studentId, "Grade the entrance exam", "/exam", body, redirect);
    }

    @PostMapping("/applications/{studentId}/decision")
    String decide(
            @PathVariable String studentId,
            @RequestParam String decision,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        var body = new LinkedHashMap<String, Object>();
        body.put("decision", decision);
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason);
        }
        return act(studentId, "Decide admission", "/decision", body, redirect);
    }

    @PostMapping("/applications/{studentId}/eligibility-override")
    String overrideEligibility(
            @PathVariable String studentId,
            @RequestParam boolean eligible,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        return act(
                studentId,
                "Override eligibility",
                "/eligibility-override",
                Map.of("eligible", eligible, "reason", reason),
                redirect);
    }

    @PostMapping("/applications/{studentId}/withdrawal")
    String withdraw(@PathVariable String studentId, @RequestParam String reason, RedirectAttributes redirect) {
        return act(studentId, "Record the withdrawal", "/withdrawal", Map.of("reason", reason), redirect);
    }

    private String act(String studentId, String action, String command, Object body, RedirectAttributes redirect) {
        var answer = services.post(Service.ADMISSIONS, body, "/api/v1/applications/{id}" + command, studentId);
        redirect.addFlashAttribute("outcome", ActionOutcome.of(action, Service.ADMISSIONS, answer));
        return "redirect:/applications/" + studentId;
    }
}
