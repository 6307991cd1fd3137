package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.web.Identifiers;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The client's {@code Idempotency-Key} on a command endpoint, declared once for every service: the header's name,
 * that it is optional, its rule ({@link Identifiers}) and its OpenAPI description. On a {@code String} parameter of a
 * handler ({@code @IdempotencyKey String idempotencyKey}) it is the key the client sent, or {@code null} when it sent
 * none (the command then gets a fresh id); a malformed key is refused with 400 naming the header before the handler
 * runs ({@link IdempotencyKeyResolver}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(
        in = ParameterIn.HEADER,
        name = CommandIds.IDEMPOTENCY_KEY_HEADER,
        required = false,
        description = IdempotencyKey.DESCRIPTION)
public @interface IdempotencyKey {

    /** What the OpenAPI documents say of the header. */
    String DESCRIPTION = "The client's key for this command (" + Identifiers.RULE + "). A retry of the same request "
            + "under the same key answers the first outcome and changes nothing; the key sent with another request "
            + "is refused (422). Without it the command gets a new id.";
}
