package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.web.Identifiers;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves an {@link IdempotencyKey @IdempotencyKey} parameter: the header's value, or {@code null} without one. A
 * value outside the rule (blank, too long, a character outside the set) is {@link InvalidIdempotencyKeyException}, a
 * 400 naming {@code Idempotency-Key}. Registered by the kit's web auto-configuration; a standalone MockMvc test adds it
 * with {@code setCustomArgumentResolvers}.
 */
public final class IdempotencyKeyResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(IdempotencyKey.class);
    }

    @Override
    public String resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        if (parameter.getParameterType() != String.class) {
            throw new IllegalStateException("@IdempotencyKey goes on a String parameter, not on " + parameter);
        }
        String[] values = request.getHeaderValues(CommandIds.IDEMPOTENCY_KEY_HEADER);
        if (values == null) {
            return null;
        }
        // Several headers are joined as Spring's @RequestHeader did, which the rule then refuses (no comma in it).
        String key = String.join(",", values);
        if (!Identifiers.isValid(key)) {
            throw new InvalidIdempotencyKeyException();
        }
        return key;
    }
}
