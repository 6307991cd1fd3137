package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.ApiAnswer;
import edu.lifecycle.console.services.PendingAnswer;
import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The year at a glance: each figure from the service that owns it, as far as the user's role may read it. */
@Controller
class OverviewController {

    static final String YEAR = "/programmes/{programme}/years/{year}";
    private static final List<String> FUNNEL_STAGES =
            List.of("submitted", "eligible", "graded", "admitted", "waitlisted", "rejected", "enrolled", "withdrawn");

    private final ServiceCalls services;

    OverviewController(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping(YEAR + "/overview")
    String overview(@PathVariable String programme, @PathVariable String year, Model model) {
        var api = "/api/v1" + YEAR;
        // Every call starts before the first answer is awaited: the page takes as long as its slowest call.
        var funnelCall = services.start(Service.ADMISSIONS, api + "/funnel", programme, year);
        var receivables = services.start(Service.BILLING, api + "/receivables", programme, year);
        var results = services.start(Service.CURRICULUM, api + "/results", programme, year);
        var outcomes = services.start(Service.PLACEMENT, api + "/graduate-outcomes", programme, year);
        // One student is enough: the counts cover the whole year whatever the page.
        var experienceCall = services.start(Service.PLACEMENT, api + "/experience?size=1", programme, year);
        var defensesCall = services.start(Service.CURRICULUM, "/api/v1/defenses?status=SCHEDULED&limit=500");
        var rejections = perService("/api/v1/policy-rejections");
        var deadLetters = perService(DeadLetters.LIST);

        var funnel = funnelCall.answer();
        model.addAttribute("funnel", Section.of("Funnel", funnel));
        if (funnel.ok()) {
            var counts = new LinkedHashMap<String, Long>();
            FUNNEL_STAGES.forEach(
                    stage -> counts.put(stage, funnel.body().path(stage).asLong(0)));
            model.addAttribute("funnelChart", BarChart.of("Applicants reaching each stage", counts));
            model.addAttribute("enrolled", funnel.body().path("enrolled").asLong(0));
        }
        model.addAttribute("receivables", Section.of("Receivables", receivables.answer()));
        model.addAttribute("results", Section.of("Degrees", results.answer()));
        model.addAttribute("outcomes", Section.of("Graduate outcomes", outcomes.answer()));
        var experience = experienceCall.answer();
        model.addAttribute("experience", Section.of("Experience requirement met", experience));
        if (experience.ok()) {
            long met = experience.body().path("met").asLong(0);
            model.addAttribute("experienceMet", met);
            model.addAttribute(
                    "experienceOf", met + experience.body().path("notMet").asLong(0));
        }
        var defenses = defensesCall.answer();
        model.addAttribute("defenses", Section.of("Defenses in the next 30 days", defenses));
        if (defenses.ok()) {
            model.addAttribute("defensesSoon", defensesWithin(defenses, Duration.ofDays(30)));
        }
        var rejectionSections = new LinkedHashMap<String, Section>();
        rejections.forEach(
                (service, call) -> rejectionSections.put(service.title(), Section.of(service.title(), call.answer())));
        model.addAttribute("rejections", rejectionSections);
        // Open dead letters per service, where the role may read them.
        var deadLetterSections = new LinkedHashMap<String, Section>();
        deadLetters.forEach(
                (service, call) -> deadLetterSections.put(service.title(), DeadLetters.open(service, call.answer())));
        model.addAttribute("deadLetters", deadLetterSections);
        PageModel.year(model, programme, year, "overview");
        return "overview";
    }

    /** The same GET started on every service. */
    private Map<Service, PendingAnswer> perService(String path) {
        var calls = new EnumMap<Service, PendingAnswer>(Service.class);
        for (var service : Service.values()) {
            calls.put(service, services.start(service, path));
        }
        return calls;
    }

    /** Defenses scheduled between the calendar's own now ({@code asOf}: the service's clock) and {@code within}. */
    private static long defensesWithin(ApiAnswer calendar, Duration within) {
        var now = Instant.parse(calendar.body().path("asOf").asString(Instant.EPOCH.toString()));
        long count = 0;
        for (var item : calendar.body().path("defenses")) {
            var at = item.path("defenseAt").asString("");
            if (!at.isEmpty()) {
                var when = Instant.parse(at);
                if (!when.isBefore(now) && when.isBefore(now.plus(within))) {
                    count++;
                }
            }
        }
        return count;
    }
}
