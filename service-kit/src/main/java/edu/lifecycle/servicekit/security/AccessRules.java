package edu.lifecycle.servicekit.security;

import edu.lifecycle.servicekit.security.AccessRule.Students;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;

/**
 * A service's access rules: one for each of its endpoints, and the kit's for its own (command status, policy
 * rejections, OpenAPI, actuator). A request that no rule covers is refused: 401 without a token, 403 with one. When
 * several rules match, the most specific path wins (as Spring MVC picks a handler), then the one naming a method.
 *
 * <pre>{@code
 * AccessRules.forService(Roles.BURSAR)
 *         .ownStudent(HttpMethod.GET, "/api/v1/accounts/{studentId}", Roles.BURSAR)
 *         .allow(HttpMethod.POST, "/api/v1/accounts/{studentId}/payments", Roles.BURSAR)
 *         .allow(HttpMethod.GET, "/api/v1/programmes/{programme}/years/{year}/receivables",
 *                 Roles.BURSAR, Roles.OPERATIONS_VIEWER)
 *         .build();
 * }</pre>
 */
public final class AccessRules {

    public static final String COMMANDS = "/api/v1/commands/{commandId}";
    public static final String POLICY_REJECTIONS = "/api/v1/policy-rejections";
    public static final String DEAD_LETTERS = "/api/v1/dead-letters";
    public static final String READ_MODEL_AUDIT = "/api/v1/read-model-audit";

    private final String staffRole;
    private final List<AccessRule> rules;
    private final List<Matching> matching;

    private AccessRules(String staffRole, List<AccessRule> rules) {
        this.staffRole = staffRole;
        this.rules = List.copyOf(rules);
        var builder = PathPatternRequestMatcher.withDefaults();
        this.matching = rules.stream()
                .sorted(Comparator.comparing(AccessRule::parsed, PathPattern.SPECIFICITY_COMPARATOR)
                        .thenComparing(rule -> rule.method() == null))
                .map(rule -> new Matching(
                        rule,
                        rule.method() == null
                                ? builder.matcher(rule.pattern())
                                : builder.matcher(rule.method(), rule.pattern())))
                .toList();
    }

    /**
     * Starts the rules of a service whose staff role is {@code staffRole} (the role that runs it:
     * {@code admissions-officer}, {@code bursar}, ...): with {@code operations-viewer}, it reads the kit's command
     * status and policy rejections; the dead letters, the audit and the actuator are the operations roles'.
     */
    public static Builder forService(String staffRole) {
        return new Builder(staffRole);
    }

    public String staffRole() {
        return staffRole;
    }

    /** Every rule, the kit's included, as declared. */
    public List<AccessRule> rules() {
        return rules;
    }

    /** The rule that decides {@code request}: the most specific match. */
    public Optional<AccessRule> ruleFor(HttpServletRequest request) {
        return matching.stream()
                .filter(m -> m.matcher().matches(request))
                .findFirst()
                .map(Matching::rule);
    }

    /** Whether {@code authentication} may send {@code request}; a student admitted as such is noted on the request. */
    public AccessDecision decide(HttpServletRequest request, Authentication authentication) {
        for (Matching candidate : matching) {
            RequestMatcher.MatchResult match = candidate.matcher().matcher(request);
            if (match.isMatch()) {
                return decide(candidate.rule(), match, request, authentication);
            }
        }
        return AccessDecision.noRule();
    }

    private static AccessDecision decide(
            AccessRule rule, RequestMatcher.MatchResult match, HttpServletRequest request, Authentication auth) {
        if (rule.students() == Students.ANONYMOUS) {
            return AccessDecision.granted();
        }
        if (!(auth instanceof JwtAuthenticationToken token) || auth instanceof AnonymousAuthenticationToken) {
            // Without a token the refusal becomes a 401 asking for one.
            return AccessDecision.lacksRole(rule.roles());
        }
        Caller caller = Callers.of(token.getToken());
        if (rule.roles().stream().anyMatch(caller::hasRole)) {
            return AccessDecision.granted();
        }
        if (!caller.isStudent() || rule.students() == Students.NONE) {
            return AccessDecision.lacksRole(rule.roles());
        }
        Optional<String> own = caller.studentId();
        if (rule.students() == Students.OWN_ID_IN_PATH) {
            String asked = match.getVariables().get(AccessRule.STUDENT_ID_VARIABLE);
            if (own.isPresent() && own.get().equals(asked)) {
                request.setAttribute(Callers.ADMITTED_STUDENT, own.get());
                return AccessDecision.granted();
            }
            return AccessDecision.notDisclosed();
        }
        if (own.isEmpty()) {
            return AccessDecision.lacksRole(rule.roles());
        }
        request.setAttribute(Callers.ADMITTED_STUDENT, own.get());
        return AccessDecision.granted();
    }

    private record Matching(AccessRule rule, RequestMatcher matcher) {}

    /** Declares a service's rules; {@link #build()} adds the kit's. */
    public static final class Builder {

        private final String staffRole;
        private final List<AccessRule> rules = new ArrayList<>();

        private Builder(String staffRole) {
            this.staffRole = Objects.requireNonNull(staffRole, "staffRole");
        }

        /** Callers with one of {@code roles} only. */
        public Builder allow(HttpMethod method, String pattern, String... roles) {
            return add(new AccessRule(method, pattern, roles(roles), Students.NONE));
        }

        /**
         * Callers with one of {@code roles}, and a student on their own {@code {studentId}}; a student on another id
         * gets 404.
         */
        public Builder ownStudent(HttpMethod method, String pattern, String... roles) {
            return add(new AccessRule(method, pattern, roles(roles), Students.OWN_ID_IN_PATH));
        }

        /**
         * Callers with one of {@code roles}, and any student, whom the endpoint restricts to their own id with
         * {@link Callers#requireOwnStudent} (403) or {@link Callers#admittedStudent} (404).
         */
        public Builder studentCheckedByEndpoint(HttpMethod method, String pattern, String... roles) {
            return add(new AccessRule(method, pattern, roles(roles), Students.CHECKED_BY_ENDPOINT));
        }

        /** Anyone, without a token; {@code method} {@code null} for every method. */
        public Builder anonymous(HttpMethod method, String pattern) {
            return add(new AccessRule(method, pattern, Set.of(), Students.ANONYMOUS));
        }

        public AccessRules build() {
            List<AccessRule> all = new ArrayList<>(rules);
            all.addAll(kitRules(staffRole));
            Set<String> seen = new HashSet<>();
            for (AccessRule rule : all) {
                String key = rule.method() + " " + rule.parsed().getPatternString();
                if (!seen.add(key)) {
                    throw new IllegalArgumentException("Two access rules for " + key);
                }
            }
            return new AccessRules(staffRole, all);
        }

        private Builder add(AccessRule rule) {
            rules.add(rule);
            return this;
        }

        private static Set<String> roles(String... roles) {
            return new LinkedHashSet<>(List.of(roles));
        }
    }

    /** The kit's own endpoints, the same in every service. */
    static List<AccessRule> kitRules(String staffRole) {
        Set<String> staffAndViewer = new LinkedHashSet<>(List.of(staffRole, Roles.OPERATIONS_VIEWER));
        // The operations roles: the viewer watches, the engineer acts, and sees what it acts on.
        Set<String> operations = new LinkedHashSet<>(List.of(Roles.OPERATIONS_VIEWER, Roles.OPERATIONS_ENGINEER));
        Set<String> engineer = Set.of(Roles.OPERATIONS_ENGINEER);
        return List.of(
                // A student sees the outcome of their own commands only (CommandStatusController: 404 otherwise).
                new AccessRule(HttpMethod.GET, COMMANDS, staffAndViewer, Students.CHECKED_BY_ENDPOINT),
                new AccessRule(HttpMethod.GET, POLICY_REJECTIONS, staffAndViewer, Students.NONE),
                // Dead letters and the read-model audit are the operations roles': they can hold any student's data
                // and a replay or purge acts on the whole service, so no staff role of a single office has them.
                // Reading them is watching; a replay, a purge or an audit (a whole rebuild under a fresh application
                // id) changes or loads the running system, so the read-only viewer may not.
                new AccessRule(HttpMethod.GET, DEAD_LETTERS, operations, Students.NONE),
                new AccessRule(HttpMethod.GET, DEAD_LETTERS + "/**", operations, Students.NONE),
                new AccessRule(HttpMethod.POST, DEAD_LETTERS + "/**", engineer, Students.NONE),
                new AccessRule(HttpMethod.DELETE, DEAD_LETTERS + "/**", engineer, Students.NONE),
                new AccessRule(HttpMethod.POST, READ_MODEL_AUDIT, engineer, Students.NONE),
                // The API's description is public; calling it is not.
                new AccessRule(HttpMethod.GET, "/v3/api-docs", Set.of(), Students.ANONYMOUS),
                new AccessRule(HttpMethod.GET, "/v3/api-docs/**", Set.of(), Students.ANONYMOUS),
                new AccessRule(HttpMethod.GET, "/swagger-ui.html", Set.of(), Students.ANONYMOUS),
                new AccessRule(HttpMethod.GET, "/swagger-ui/**", Set.of(), Students.ANONYMOUS),
                // Asked directly, the error page answers 404 like any unknown route; it renders nothing else.
                new AccessRule(null, "/error", Set.of(), Students.ANONYMOUS),
                // Probes ask anonymously and get the status only; details, metrics and the rest need an operations
                // role: the engineer judges a replay or an audit by the lag, the Streams states and the meters.
                new AccessRule(HttpMethod.GET, "/actuator/health", Set.of(), Students.ANONYMOUS),
                new AccessRule(HttpMethod.GET, "/actuator/health/liveness", Set.of(), Students.ANONYMOUS),
                new AccessRule(HttpMethod.GET, "/actuator/health/readiness", Set.of(), Students.ANONYMOUS),
                new AccessRule(null, "/actuator/**", operations, Students.NONE));
    }
}
