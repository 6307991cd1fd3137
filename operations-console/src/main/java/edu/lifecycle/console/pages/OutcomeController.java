package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/**
 * A pending command's outcome. The page that sent the command asks for it every two seconds (htmx) and replaces its
 * outcome with the answer; once decided, the answer also tells that page to fetch the changed view again. Without
 * scripts, the same URL is a whole page.
 */
@Controller
class OutcomeController {

    /** The event a decided outcome raises in the page (htmx's response header); views that changed listen to it. */
    static final String DECIDED_EVENT = "outcome-decided";

    private final ServiceCalls services;

    OutcomeController(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping("/outcomes/{service}/{commandId}")
    String outcome(
            @PathVariable String service,
            @PathVariable String commandId,
            @RequestHeader(name = "HX-Request", required = false) String partial,
            Model model,
            HttpServletResponse response) {
        Service which;
        try {
            which = Service.valueOf(service.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No service " + service);
        }
        var outcome = ActionOutcome.ofStatus(which, commandId, services.get(which, "/api/v1/commands/{id}", commandId));
        model.addAttribute("outcome", outcome);
        if (outcome.pendingUrl().isEmpty()) {
            response.setHeader("HX-Trigger", DECIDED_EVENT);
        }
        return "true".equals(partial) ? "fragments :: outcome" : "outcome";
    }
}
