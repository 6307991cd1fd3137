package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Cohort results, graduation readiness (who is stuck on which degree condition) and the defense calendar. */
@Controller
class CurriculumController {

    static final int READINESS_PAGE = 50;

    private final ServiceCalls services;

    CurriculumController(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping(OverviewController.YEAR + "/curriculum")
    String curriculum(
            @PathVariable String programme,
            @PathVariable String year,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String readinessAfter,
            Model model) {
        var results =
                services.start(Service.CURRICULUM, "/api/v1" + OverviewController.YEAR + "/results", programme, year);
        // Readiness a page at a time, as the service hands it out: a cohort of a thousand is no one table.
        var readinessPath = "/api/v1" + OverviewController.YEAR + "/graduation-readiness?limit=" + READINESS_PAGE;
        var readinessCall = readinessAfter == null
                ? services.start(Service.CURRICULUM, readinessPath, programme, year)
                : services.start(Service.CURRICULUM, readinessPath + "&after={after}", programme, year, readinessAfter);
        var calendarCall = after == null
                ? services.start(Service.CURRICULUM, "/api/v1/defenses?limit=25")
                : services.start(Service.CURRICULUM, "/api/v1/defenses?limit=25&after={after}", after);
        model.addAttribute("results", Section.of("Cohort results", results.answer()));
        var readiness = readinessCall.answer();
        model.addAttribute("readiness", Section.of("Graduation readiness", readiness));
        model.addAttribute(
                "readinessNext", readiness.ok() ? readiness.body().path("next").asString(null) : null);
        model.addAttribute("readinessAfter", readinessAfter);
        model.addAttribute("after", after);
        var calendar = calendarCall.answer();
        model.addAttribute("defenses", Section.of("Defense calendar", calendar));
        model.addAttribute("next", calendar.ok() ? calendar.body().path("next").asString(null) : null);
        PageModel.year(model, programme, year, "curriculum");
        return "curriculum";
    }
}
