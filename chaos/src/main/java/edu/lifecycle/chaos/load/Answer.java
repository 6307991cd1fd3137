package edu.lifecycle.chaos.load;

import tools.jackson.databind.JsonNode;

/**
 * The final answer a careful client got for one intended command, after its retries.
 *
 * @param status the HTTP status of the decided outcome (a 202 followed to its end counts as 200 when accepted); 0
 *     when no answer was final before the command's deadline (its effect may or may not exist)
 * @param body the answer's JSON body, {@code null} if none
 * @param attempts how many requests it took
 */
public record Answer(int status, JsonNode body, int attempts) {

    public static Answer indeterminate(int attempts) {
        return new Answer(0, null, attempts);
    }

    public boolean accepted() {
        return status >= 200 && status < 300;
    }

    public boolean indeterminate() {
        return status == 0;
    }
}
