package edu.lifecycle.console.services;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * What a service answered: its status and its JSON body (a view, or an RFC 9457 problem).
 *
 * @param location the {@code Location} header, e.g. where a pending command's outcome will appear
 */
public record ApiAnswer(int status, JsonNode body, Optional<String> location) {

    public static ApiAnswer unreachable(Service service, String why) {
        return new ApiAnswer(
                503,
                tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .createObjectNode()
                        .put("title", "Unreachable")
                        .put("detail", service.title() + " does not answer: " + why),
                Optional.empty());
    }

    public boolean ok() {
        return status >= 200 && status < 300 && status != 202;
    }

    public boolean pending() {
        return status == 202;
    }

    public JsonNode body() {
        return body == null ? MissingNode.getInstance() : body;
    }

    /** The rule a refusal names ({@code rule} of the problem), if it names one. */
    public Optional<String> rule() {
        var rule = body().path("rule");
        return rule.isString() ? Optional.of(rule.asString()) : Optional.empty();
    }

    /** The refusal or failure in words, as the problem body says it. */
    public String problemText() {
        var detail = body().path("detail");
        var title = body().path("title");
        String text = detail.isString()
                ? detail.asString()
                : title.isString() ? title.asString() : "The service answered " + status + ".";
        if (status == 403) {
            text = "Not for your role: " + text;
        }
        return rule().map(rule -> "Refused by rule " + rule + ": ").orElse("") + text;
    }
}
