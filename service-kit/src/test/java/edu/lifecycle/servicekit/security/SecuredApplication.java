package edu.lifecycle.servicekit.security;

import edu.lifecycle.servicekit.config.ServiceKitAutoConfiguration;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service's web layer with the kit's security and HTTP contract, without Kafka: a registrar's endpoints. */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = ServiceKitAutoConfiguration.class)
@Import(SecuredApplication.Endpoints.class)
class SecuredApplication {

    @Bean
    AccessRules accessRules() {
        return AccessRules.forService(Roles.REGISTRAR)
                .ownStudent(HttpMethod.GET, "/api/v1/transcripts/{studentId}", Roles.REGISTRAR)
                .studentCheckedByEndpoint(HttpMethod.POST, "/api/v1/applications", Roles.ADMISSIONS_OFFICER)
                .allow(
                        HttpMethod.GET,
                        "/api/v1/programmes/{programme}/results",
                        Roles.REGISTRAR,
                        Roles.OPERATIONS_VIEWER)
                .allow(HttpMethod.GET, "/api/v1/me", Roles.REGISTRAR, Roles.OPERATIONS_VIEWER)
                .build();
    }

    record Application(String studentId) {}

    @RestController
    static class Endpoints {

        @GetMapping("/api/v1/transcripts/{studentId}")
        Map<String, String> transcript(@PathVariable String studentId) {
            return Map.of("studentId", studentId);
        }

        @PostMapping("/api/v1/applications")
        Map<String, String> submit(@RequestBody Application application) {
            Callers.requireOwnStudent(application.studentId());
            return Map.of("studentId", application.studentId());
        }

        @GetMapping("/api/v1/programmes/{programme}/results")
        Map<String, String> results(@PathVariable String programme) {
            return Map.of("programme", programme);
        }

        @GetMapping("/api/v1/me")
        Map<String, Object> me() {
            Caller caller = Callers.current();
            return Map.of("staffId", caller.staffId(), "roles", caller.roles());
        }

        /** Mapped, but no rule names it: nobody reaches it. */
        @GetMapping("/api/v1/forgotten")
        String forgotten() {
            return "should never be seen";
        }
    }
}
