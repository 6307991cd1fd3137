package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A pending command's outcome: the page refreshes itself until the service has decided, then says what it came to. */
@Controller
class OutcomeController {

    private final ServiceCalls services;

    OutcomeController(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping("/outcomes/{service}/{commandId}")
    String outcome(@PathVariable String service, @PathVariable String commandId, Model model) {
        Service which;
        try {
            which = Service.valueOf(service.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No service " + service);
        }
        var answer = services.get(which, "/api/v1/commands/{id}", commandId);
        model.addAttribute("outcome", ActionOutcome.ofStatus(which, commandId, answer));
        return "outcome";
    }
}
