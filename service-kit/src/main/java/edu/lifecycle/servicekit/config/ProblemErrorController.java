package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.web.ContainerErrorProblems;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page ({@code /error}) as a problem body, in place of Boot's JSON or white-label page: what the servlet
 * container sends there (a {@code TRACE} refused by Tomcat, a failure thrown by a filter) reads like every other
 * error. Asked directly, it is a route like any unknown one: 404. Not an operation of the API, so the OpenAPI document
 * leaves it out (it would list seven methods nobody should call).
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original
                : request.getRequestURI();
        // The error dispatch itself may be a GET; Servlet 6.1 keeps the original method aside.
        String method = request.getAttribute(RequestDispatcher.ERROR_METHOD) instanceof String original
                ? original
                : request.getMethod();
        String message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String text ? text : null;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ContainerErrorProblems.problem(status, method, path, message));
    }
}
