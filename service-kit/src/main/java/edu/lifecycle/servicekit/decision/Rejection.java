package edu.lifecycle.servicekit.decision;

import java.util.Objects;

/**
 * Why a command was refused.
 *
 * @param rule a stable, kebab-case name of the rule (e.g. {@code enrollment-requires-admission}), shown to clients
 * @param kind what sort of refusal it is, which decides the HTTP status
 * @param detail a sentence for a person
 */
public record Rejection(String rule, RejectionKind kind, String detail) {

    public Rejection {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
