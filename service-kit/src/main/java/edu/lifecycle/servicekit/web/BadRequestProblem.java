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
 * Documents a handler's 400 in OpenAPI, declared once: an RFC 9457 problem ({@code application/problem+json},
 * {@link ProblemDetail}) whose {@code errors} name each bad field, as {@link ProblemResponses} answers it. The handler
 * says which input can be bad: {@code @BadRequestProblem("A malformed year or paging parameter")}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(
        responseCode = "400",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(implementation = ProblemDetail.class)))
public @interface BadRequestProblem {

    /** When this operation answers 400, in the reader's words. */
    @AliasFor(annotation = ApiResponse.class, attribute = "description")
    String value();
}
