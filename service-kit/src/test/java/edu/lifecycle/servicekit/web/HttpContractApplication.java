package edu.lifecycle.servicekit.web;

import edu.lifecycle.servicekit.command.IdempotencyKey;
import edu.lifecycle.servicekit.config.ServiceKitAutoConfiguration;
import edu.lifecycle.servicekit.security.AccessRules;
import edu.lifecycle.servicekit.security.Roles;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service's web layer as the four services write theirs, on the kit's web auto-configuration alone (no Kafka): the
 * HTTP contract is tested on a real Tomcat, since part of it is Tomcat's.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = ServiceKitAutoConfiguration.class)
@Import(HttpContractApplication.Placements.class)
class HttpContractApplication {

    /** The test service's rules: a placement office's endpoints. */
    @Bean
    AccessRules accessRules() {
        return AccessRules.forService(Roles.PLACEMENT_OFFICER)
                .allow(HttpMethod.POST, "/api/v1/students/{studentId}/placements/internships", Roles.PLACEMENT_OFFICER)
                .allow(
                        HttpMethod.POST,
                        "/api/v1/students/{studentId}/placements/{placementId}/validation",
                        Roles.PLACEMENT_OFFICER)
                .ownStudent(
                        HttpMethod.GET,
                        "/api/v1/students/{studentId}/placements/{placementId}",
                        Roles.PLACEMENT_OFFICER)
                .allow(
                        HttpMethod.GET,
                        "/api/v1/programmes/{programme}/years/{year}/roster",
                        Roles.PLACEMENT_OFFICER,
                        Roles.OPERATIONS_VIEWER)
                .allow(HttpMethod.GET, "/api/v1/explode", Roles.PLACEMENT_OFFICER)
                .allow(HttpMethod.GET, "/api/v1/filter-explodes", Roles.PLACEMENT_OFFICER)
                .build();
    }

    /** A failure outside Spring MVC: it reaches the servlet container's error handling, not the controller advice. */
    @Bean
    Filter failingFilter() {
        return (request, response, chain) -> {
            if (((HttpServletRequest) request).getRequestURI().equals("/api/v1/filter-explodes")) {
                throw new IllegalStateException("secret filter internals at jdbc://db:5432");
            }
            chain.doFilter(request, response);
        };
    }

    enum Scheme {
        INITIAL,
        WORK_STUDY
    }

    record Address(String city, List<String> lines) {}

    /** Every kind of field the services' commands carry; who signed is the caller, never a field. */
    @RefusedActorFields("signedBy")
    record Agreement(
            String employer,
            Integer months,
            int weeks,
            Boolean fullTime,
            BigDecimal mark,
            Instant signedAt,
            LocalDate startOn,
            OffsetDateTime defenseAt,
            Scheme scheme,
            List<String> jury,
            String[] tags,
            Map<String, String> notes,
            Address address) {}

    @RestController
    static class Placements {

        // Builds its Location from the raw path id, as the services' command endpoints do.
        @PostMapping("/api/v1/students/{studentId}/placements/internships")
        ResponseEntity<Agreement> sign(@PathVariable String studentId, @RequestBody Agreement agreement) {
            return ResponseEntity.created(URI.create("/api/v1/students/" + studentId + "/placements/agr-1"))
                    .body(agreement);
        }

        // A command endpoint declared as the services declare theirs: the kit's header and problem responses.
        @PostMapping("/api/v1/students/{studentId}/placements/{placementId}/validation")
        @BadRequestProblem("A malformed id or Idempotency-Key")
        @NotFoundProblem("No such placement")
        @UnavailableProblem
        Map<String, String> validate(
                @PathVariable String studentId, @PathVariable String placementId, @IdempotencyKey String key) {
            return Map.of("placementId", placementId, "idempotencyKey", key == null ? "(none)" : key);
        }

        @GetMapping("/api/v1/students/{studentId}/placements/{placementId}")
        Map<String, String> placement(@PathVariable String studentId, @PathVariable String placementId) {
            return Map.of("studentId", studentId, "placementId", placementId);
        }

        @GetMapping("/api/v1/commands/{id}")
        Map<String, String> command(@PathVariable String id) {
            return Map.of("id", id);
        }

        @GetMapping("/api/v1/programmes/{programme}/years/{year}/roster")
        Map<String, String> roster(
                @PathVariable String programme,
                @PathVariable String year,
                @RequestParam(defaultValue = "ALL") String status) {
            return Map.of("programme", programme, "year", year, "status", status);
        }

        @GetMapping("/api/v1/explode")
        String explode() {
            throw new IllegalStateException("secret internals at jdbc://db:5432");
        }
    }
}
