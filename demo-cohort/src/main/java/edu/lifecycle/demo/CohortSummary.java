package edu.lifecycle.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the services' own read models say of the cohort once it has been played: the demo's last words. */
public final class CohortSummary {

    private final Api api;
    private final ServiceUrls urls;

    public CohortSummary(ServiceUrls urls) {
        this.urls = urls;
        this.api = urls.api();
    }

    /**
     * What the demo played, as every read model must count it once it has caught up with the events.
     *
     * @param applicants applications submitted
     * @param enrolled students enrolled (withdrawn ones included)
     * @param graduates degrees awarded, and first jobs recorded (one per graduate)
     */
    public record Played(int applicants, int enrolled, int graduates) {}

    /**
     * Each read model's answer, read once it counts what was played: read models follow the events, so a summary
     * read at once may show a count a few seconds old (16 graduate outcomes, 18 a moment later).
     */
    public Map<String, JsonNode> readModels(Played played) {
        var year = "/api/v1/programmes/" + CohortPlayer.PROGRAMME + "/years/" + CohortPlayer.YEAR;
        return Map.of(
                "admissions funnel",
                        api.await(
                                        urls.admissions() + year + "/funnel",
                                        reply -> counts(reply, "submitted", played.applicants())
                                                && counts(reply, "enrolled", played.enrolled()))
                                .body(),
                "billing receivables",
                        api.await(
                                        urls.billing() + year + "/receivables",
                                        reply -> counts(reply, "accounts", played.enrolled()))
                                .body(),
                "curriculum results",
                        api.await(
                                        urls.curriculum() + year + "/results",
                                        reply -> counts(reply, "students", played.enrolled())
                                                && counts(reply, "degreesAwarded", played.graduates()))
                                .body(),
                "placement work-study",
                        api.await(
                                        urls.placement() + year + "/work-study",
                                        reply -> counts(reply, "enrolled", played.enrolled()))
                                .body(),
                "placement graduate outcomes",
                        api.await(
                                        urls.placement() + year + "/graduate-outcomes",
                                        reply -> counts(reply, "graduates", played.graduates())
                                                && counts(reply, "outcomesRecorded", played.graduates()))
                                .body());
    }

    private static boolean counts(Api.Reply reply, String field, int expected) {
        return reply.ok() && reply.body() != null && reply.body().path(field).asInt(-1) == expected;
    }

    public List<String> lines(Played played) {
        var lines = new ArrayList<String>();
        var models = readModels(played);
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
