package edu.lifecycle.servicekit.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The OpenAPI document says every operation needs a token of the school's OpenID provider, so Swagger UI signs in
 * (authorization code with PKCE) through the provider's discovery document.
 */
public final class SignInWithOpenIdConnect implements OpenApiCustomizer {

    public static final String SCHEME = "school-sign-in";

    private final String issuer;

    public SignInWithOpenIdConnect(String issuer) {
        this.issuer = issuer;
    }

    public static String discoveryDocument(String issuer) {
        return (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/.well-known/openid-configuration";
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents()
                .addSecuritySchemes(
                        SCHEME,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.OPENIDCONNECT)
                                .openIdConnectUrl(discoveryDocument(issuer))
                                .description("Sign in with the school's identity provider; the token's roles decide "
                                        + "what each operation allows."));
        openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
