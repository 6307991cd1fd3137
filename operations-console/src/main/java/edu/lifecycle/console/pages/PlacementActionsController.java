package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's agreements and contracts, and the placement officer's action on them: validate one with the
 * evaluation mark once it has ended.
 */
@Controller
class PlacementActionsController {

    private final ServiceCalls services;

    PlacementActionsController(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping("/placements/{studentId}")
    String placements(@PathVariable String studentId, Model model) {
        var placements = services.get(Service.PLACEMENT, "/api/v1/students/{id}/placements", studentId);
        model.addAttribute("studentId", studentId);
        model.addAttribute("placements", Section.of("Placements", placements));
        // The choice offers the student's own agreements and contracts, so no id is typed by hand.
        var ids = new ArrayList<String>();
        for (var entry : placements.body().path("placements")) {
            var id = entry.path("placementId").asString("");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        model.addAttribute("placementIds", ids);
        return "placements";
    }

    @PostMapping("/placements/{studentId}/validation")
    String validate(
            @PathVariable String studentId,
            @RequestParam String placementId,
            @RequestParam BigDecimal evaluationMark,
            RedirectAttributes redirect) {
        var answer = services.post(
                Service.PLACEMENT,
                Map.of("evaluationMark", evaluationMark),
                "/api/v1/students/{id}/placements/{placementId}/validation",
                studentId,
                placementId);
        redirect.addFlashAttribute("outcome", ActionOutcome.of("Validate the placement", Service.PLACEMENT, answer));
        return "redirect:/placements/" + studentId;
    }
}
