package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.ApiAnswer;
import tools.jackson.databind.json.JsonMapper;

/**
 * One part of a page filled from one service's answer: its data as plain maps and lists for the template, or, when
 * the service refused or failed, that refusal in words.
 */
public record Section(String title, boolean ok, Object data, String refusal, int status) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Section of(String title, ApiAnswer answer) {
        if (answer.ok()) {
            return new Section(title, true, JSON.convertValue(answer.body(), Object.class), null, answer.status());
        }
        return new Section(title, false, null, answer.problemText(), answer.status());
    }

    /** Whether the section is refused because of the user's role, not because something is wrong. */
    public boolean forbidden() {
        return status == 403;
    }
}
