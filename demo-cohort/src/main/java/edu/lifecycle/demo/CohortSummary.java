package edu.lifecycle.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the services' own read models say of the cohort once it has been played: the demo's last words. */
public final class CohortSummary {

    private final Api api = new Api();
    private final ServiceUrls urls;

    public CohortSummary(ServiceUrls urls) {
        this.urls = urls;
    }

    /** Each read model's name and its answer, flattened to {@code field: value} lines. */
    public Map<String, JsonNode> readModels() {
        var year = "/api/v1/programmes/" + CohortPlayer.PROGRAMME + "/years/" + CohortPlayer.YEAR;
        return Map.of(
                "admissions funnel",
                        api.get(urls.admissions() + year + "/funnel").body(),
                "billing receivables",
                        api.get(urls.billing() + year + "/receivables").body(),
                "curriculum results",
                        api.get(urls.curriculum() + year + "/results").body(),
                "placement work-study",
                        api.get(urls.placement() + year + "/work-study").body(),
                "placement graduate outcomes",
                        api.get(urls.placement() + year + "/graduate-outcomes").body());
    }

    public List<String> lines() {
        var lines = new ArrayList<String>();
        var models = readModels();
        for (var name : List.of(
                "admissions funnel",
                "billing receivables",
                "curriculum results",
                "placement work-study",
                "placement graduate outcomes")) {
            lines.add(String.format("  %-28s %s", name, brief(models.get(name))));
        }
        return lines;
    }

    /** Top-level numbers and words as they are; nested parts compact, so each read model fits a line or two. */
    private static String brief(JsonNode node) {
        if (node == null) {
            return "(no answer)";
        }
        var parts = new ArrayList<String>();
        node.properties().forEach(field -> {
            var name = field.getKey();
            if (!name.equals("programme") && !name.equals("academicYear")) {
                parts.add(name + " " + field.getValue());
            }
        });
        return String.join(", ", parts);
    }
}
