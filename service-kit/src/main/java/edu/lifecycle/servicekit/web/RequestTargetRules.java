package edu.lifecycle.servicekit.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks the decoded path variables and query parameters of every request before its handler runs, so no controller
 * repeats it: a variable named {@code id} or {@code …Id} must be an {@link Identifiers identifier}, and no variable or
 * parameter may hold control characters ({@link PlainText}). A request breaking either is answered 400 with a problem
 * naming each variable or parameter; its handler never runs, so a {@code Location} is only ever built from a valid id.
 */
public final class RequestTargetRules implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return true; // the error page reports the original failure; it must not fail in turn
        }
        List<FieldProblem> errors = new ArrayList<>();
        pathVariables(request).forEach((name, value) -> {
            if (isIdentifier(name)) {
                if (!Identifiers.isValid(value)) {
                    errors.add(new FieldProblem(name, "must be " + Identifiers.RULE));
                }
            } else if (!PlainText.isPlain(value)) {
                errors.add(new FieldProblem(name, PlainText.RULE));
            }
        });
        parameters(request).forEach((name, values) -> {
            for (String value : values) {
                if (!PlainText.isPlain(value)) {
                    errors.add(new FieldProblem(name, PlainText.RULE));
                    return;
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return true;
    }

    /** {@code id}, {@code studentId}, {@code placementId}, {@code commandId}, … */
    static boolean isIdentifier(String variable) {
        return variable.equals("id") || variable.endsWith("Id");
    }

    private static Map<String, String[]> parameters(HttpServletRequest request) {
        try {
            return request.getParameterMap();
        } catch (IllegalStateException e) {
            // Tomcat 11 throws (InvalidParameterException) on a query it cannot decode, where it used to drop it.
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "query string",
                    "cannot be decoded: every % must start a %XX escape of UTF-8 text, and parameters are limited "
                            + "in number")));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
