package edu.lifecycle.console.pages;

import edu.lifecycle.console.ConsoleProperties;
import edu.lifecycle.console.access.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in (for the menu and the actions) and the default programme year. */
@ControllerAdvice
class SignedInUserAdvice {

    private final ConsoleProperties properties;

    SignedInUserAdvice(ConsoleProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("user")
    SignedInUser user(Authentication authentication) {
        return authentication instanceof OAuth2AuthenticationToken ? SignedInUser.of(authentication) : null;
    }

    @ModelAttribute("defaultProgramme")
    String defaultProgramme() {
        return properties.programme();
    }

    @ModelAttribute("defaultYear")
    String defaultYear() {
        return properties.academicYear();
    }
}
