package edu.lifecycle.servicekit.command;

import java.time.Instant;
import java.util.Objects;

/**
 * Another service's event that became this service's command and was refused by a rule: e.g. billing refusing to
 * open an account for an enrollment in a year it cannot bill. Nothing of it is personal data (ids and rules only).
 *
 * @param commandId the policy command's id ({@code policy:<policy>:<source event id>})
 * @param policy the policy that translated the event
 * @param studentId the aggregate the command was for (a student id)
 * @param commandType what the policy asked
 * @param rule the rule that refused it
 * @param detail the rule's explanation
 * @param occurredAt when the triggering event happened (domain time)
 * @param recordedAt when this service refused it
 */
public record PolicyRejection(
        String commandId,
        String policy,
        String studentId,
        String commandType,
        String rule,
        String detail,
        Instant occurredAt,
        Instant recordedAt) {

    /** The record key of every rejection: the whole list lives in one partition, and a query routes by this key. */
    public static final String ROUTING_KEY = "policy-rejections";

    public PolicyRejection {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
