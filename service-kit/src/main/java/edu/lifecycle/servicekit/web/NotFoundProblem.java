package edu.lifecycle.servicekit.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Documents a handler's 404 in OpenAPI, declared once: an RFC 9457 problem ({@code application/problem+json},
 * {@link ProblemDetail}) saying what is missing or naming the rule. The handler says when:
 * {@code @NotFoundProblem("No event about the student has been read")}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(
        responseCode = "404",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(implementation = ProblemDetail.class)))
public @interface NotFoundProblem {

    /** When this operation answers 404, in the reader's words. */
    @AliasFor(annotation = ApiResponse.class, attribute = "description")
    String value();
}
