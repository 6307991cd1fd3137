package edu.lifecycle.console.services;

import edu.lifecycle.console.ConsoleProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;

/** Token relay: every call carries the access token the signed-in user got at sign-in, refreshed when it can be. */
@Configuration(proxyBeanMethods = false)
class ServiceCallsConfiguration {

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    ServiceCalls serviceCalls(ConsoleProperties properties, OAuth2AuthorizedClientManager manager) {
        var relay = new OAuth2ClientHttpRequestInterceptor(manager);
        // One registration: the user's own sign-in. The principal is the signed-in user (the default resolver).
        relay.setClientRegistrationIdResolver(request -> "lifecycle");
        return new ServiceCalls(properties, relay);
    }
}
