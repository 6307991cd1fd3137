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
 * Documents a handler's 503 in OpenAPI, declared once: an RFC 9457 problem ({@code application/problem+json},
 * {@link ProblemDetail}) with {@code Retry-After}, the answer while a read model is restored or moved between
 * instances ({@code StoreUnavailableException}). The description is the same for every read model unless given.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(
        responseCode = "503",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(implementation = ProblemDetail.class)))
public @interface UnavailableProblem {

    /** When this operation answers 503, in the reader's words. */
    @AliasFor(annotation = ApiResponse.class, attribute = "description")
    String value() default "The read model is being rebuilt or moved; retry after the Retry-After delay";
}
