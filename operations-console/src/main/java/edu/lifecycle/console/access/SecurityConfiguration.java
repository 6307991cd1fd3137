package edu.lifecycle.console.access;

import java.util.HashSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in with OpenID Connect (authorization code with PKCE), and which pages each role may open. A page outside the
 * user's roles answers 403 here, before any service is called.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The client registration of the console: {@code spring.security.oauth2.client.registration.lifecycle}. */
    public static final String REGISTRATION = "lifecycle";

    private static final String YEAR_PAGES = "/programmes/*/years/*/";

    @Bean
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/console/**",
                                "/webjars/**",
                                "/error",
                                "/favicon.ico")
                        .permitAll()
                        .requestMatchers(YEAR_PAGES + "overview")
                        .hasAnyAuthority(Page.OVERVIEW.authorities())
                        .requestMatchers(YEAR_PAGES + "admissions", YEAR_PAGES + "admissions/**")
                        .hasAnyAuthority(Page.ADMISSIONS.authorities())
                        .requestMatchers("/applications/**")
                        .hasAuthority(Role.ADMISSIONS_OFFICER.authority())
                        .requestMatchers(YEAR_PAGES + "billing", YEAR_PAGES + "billing/**")
                        .hasAnyAuthority(Page.BILLING.authorities())
                        .requestMatchers("/accounts/**")
                        .hasAuthority(Role.BURSAR.authority())
                        .requestMatchers("/transcripts/**")
                        .hasAuthority(Role.REGISTRAR.authority())
                        .requestMatchers("/placements/**")
                        .hasAuthority(Role.PLACEMENT_OFFICER.authority())
                        .requestMatchers(YEAR_PAGES + "curriculum", YEAR_PAGES + "curriculum/**")
                        .hasAnyAuthority(Page.CURRICULUM.authorities())
                        .requestMatchers(YEAR_PAGES + "placement", YEAR_PAGES + "placement/**")
                        .hasAnyAuthority(Page.PLACEMENT.authorities())
                        .requestMatchers("/students/**")
                        .hasAnyAuthority(Page.STUDENT_FILE.authorities())
                        .requestMatchers("/system/dead-letters/**")
                        .hasAuthority(Role.OPERATIONS_ENGINEER.authority())
                        .requestMatchers("/system", "/system/**")
                        .hasAnyAuthority(Page.SYSTEM.authorities())
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(withRoles())))
                .logout(logout -> logout.logoutSuccessUrl("/signed-out"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage("/forbidden"));
        return http.build();
    }

    /**
     * The signed-in user with the roles their access token carries (what the services judge), as authorities
     * {@code ROLE_<role>}.
     */
    static OAuth2UserService<OidcUserRequest, OidcUser> withRoles() {
        var delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
            AccessTokenRoles.of(request.getAccessToken().getTokenValue())
                    .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            var nameAttribute = user.getClaims().containsKey("preferred_username") ? "preferred_username" : "sub";
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameAttribute);
        };
    }
}
