package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.PendingAnswer;
import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each service's health (with its read models' lag), dead letters per topic and reason (its Prometheus page) and
 * policy rejections, from its actuator and REST API.
 */
@Controller
class SystemController {

    private final ServiceCalls services;

    SystemController(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping("/system")
    String system(Model model) {
        // Every call starts before the first answer is awaited: the page takes as long as its slowest call.
        var calls = new LinkedHashMap<Service, List<PendingAnswer>>();
        for (var service : Service.values()) {
            calls.put(
                    service,
                    List.of(
                            services.start(service, "/actuator/health"),
                            services.start(service, DeadLetters.LIST),
                            services.start(service, "/api/v1/policy-rejections")));
        }
        var rows = new LinkedHashMap<String, Map<String, Section>>();
        calls.forEach((service, answers) -> {
            var row = new LinkedHashMap<String, Section>();
            row.put("Health", Section.of("Health", answers.get(0).answer()));
            // The read models' lag is part of the health details (streams.lag) above.
            row.put("Dead letters", DeadLetters.perTopic(service, answers.get(1).answer()));
            row.put(
                    "Policy rejections",
                    Section.of("Policy rejections", answers.get(2).answer()));
            rows.put(service.title(), row);
        });
        model.addAttribute("services", rows);
        return "system";
    }

    /**
     * The operations engineer's action: replay a consumer's open dead letters of one source topic and reason to that
     * consumer (after a fix). The service answers which it replayed; a record that fails again is set aside again.
     */
    @PostMapping("/system/dead-letters/replay")
    String replay(
            @RequestParam Service service,
            @RequestParam String consumer,
            @RequestParam String sourceTopic,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        var answer = services.post(
                service,
                Map.of(),
                DeadLetters.LIST + "/{consumer}/replay?sourceTopic={topic}&reason={reason}",
                consumer,
                sourceTopic,
                reason);
        redirect.addFlashAttribute("outcome", DeadLetters.replayOutcome(service, consumer, sourceTopic, answer));
        return "redirect:/system";
    }
}
