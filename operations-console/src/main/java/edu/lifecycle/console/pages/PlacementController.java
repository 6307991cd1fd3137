package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Experience and agreements awaiting validation, work-study numbers, graduate outcomes by sector. */
@Controller
class PlacementController {

    private static final int PAGE_SIZE = 25;

    private final ServiceCalls services;

    PlacementController(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping(OverviewController.YEAR + "/placement")
    String placement(
            @PathVariable String programme,
            @PathVariable String year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var api = "/api/v1" + OverviewController.YEAR;
        var pageNumber = Math.max(0, page);
        var experienceCall = services.start(
                Service.PLACEMENT, api + "/experience?page={page}&size={size}", programme, year, pageNumber, PAGE_SIZE);
        var outcomesCall = services.start(Service.PLACEMENT, api + "/graduate-outcomes", programme, year);
        var pending = services.start(Service.PLACEMENT, api + "/pending-validations", programme, year);
        var workStudy = services.start(Service.PLACEMENT, api + "/work-study", programme, year);
        var experience = experienceCall.answer();
        model.addAttribute("experience", Section.of("Experience against the requirement", experience));
        model.addAttribute(
                "experienceHasNext",
                experience.ok() && experience.body().path("hasNext").asBoolean(false));
        model.addAttribute("pageNumber", pageNumber);
        var outcomes = outcomesCall.answer();
        model.addAttribute("outcomes", Section.of("Graduate outcomes", outcomes));
        if (outcomes.ok()) {
            var bySector = new LinkedHashMap<String, Long>();
            outcomes.body()
                    .path("bySector")
                    .properties()
                    .forEach(entry ->
                            bySector.put(entry.getKey(), entry.getValue().asLong(0)));
            model.addAttribute("sectorChart", BarChart.of("Graduates by sector", bySector));
        }
        model.addAttribute("pending", Section.of("Agreements ended, not validated", pending.answer()));
        model.addAttribute("workStudy", Section.of("Work-study", workStudy.answer()));
        PageModel.year(model, programme, year, "placement");
        return "placement";
    }
}
