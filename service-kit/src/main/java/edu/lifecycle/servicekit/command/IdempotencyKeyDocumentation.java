package edu.lifecycle.servicekit.command;

import io.swagger.v3.oas.models.Operation;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Keeps the {@code Idempotency-Key} optional in the OpenAPI documents. springdoc cannot tell the {@code required =
 * false} of {@link IdempotencyKey}'s {@code @Parameter} from the attribute's default, and marks a parameter it does not
 * resolve itself as required: the header is optional (without it the command gets a new id).
 */
public final class IdempotencyKeyDocumentation implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean declared = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(IdempotencyKey.class));
        if (declared && operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(parameter -> "header".equals(parameter.getIn())
                            && CommandIds.IDEMPOTENCY_KEY_HEADER.equals(parameter.getName()))
                    .forEach(parameter -> parameter.setRequired(false));
        }
        return operation;
    }
}
