package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
        var rows = new LinkedHashMap<String, Map<String, Section>>();
        for (var service : Service.values()) {
            var row = new LinkedHashMap<String, Section>();
            row.put("Health", Section.of("Health", services.get(service, "/actuator/health")));
            // The read models' lag is part of the health details (streams.lag) above.
            row.put("Dead letters", DeadLetters.perTopic(service, services.get(service, DeadLetters.LIST)));
            row.put(
                    "Policy rejections",
                    Section.of("Policy rejections", services.get(service, "/api/v1/policy-rejections")));
            rows.put(service.title(), row);
        }
        model.addAttribute("services", rows);
        return "system";
    }
}
