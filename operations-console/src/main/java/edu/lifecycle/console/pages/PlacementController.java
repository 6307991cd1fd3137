package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Experience and agreements awaiting validation, work-study numbers, graduate outcomes by sector. */
@Controller
class PlacementController {

    private final ServiceCalls services;

    PlacementController(ServiceCalls services) {
        this.services = services;
    }

    @GetMapping(OverviewController.YEAR + "/placement")
    String placement(@PathVariable String programme, @PathVariable String year, Model model) {
        var api = "/api/v1" + OverviewController.YEAR;
        var outcomes = services.get(Service.PLACEMENT, api + "/graduate-outcomes", programme, year);
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
        model.addAttribute(
                "pending",
                Section.of(
                        "Agreements ended, not validated",
                        services.get(Service.PLACEMENT, api + "/pending-validations", programme, year)));
        model.addAttribute(
                "workStudy",
                Section.of("Work-study", services.get(Service.PLACEMENT, api + "/work-study", programme, year)));
        PageModel.year(model, programme, year, "placement");
        return "placement";
    }
}
