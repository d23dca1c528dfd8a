package org.genobay.accounts;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page: username and password, and one button per configured single sign-on server. */
@Controller
class SignInPage {

    /** A sign-on server as the page offers it. */
    record Provider(String id, String name) {}

    private final List<Provider> providers;

    SignInPage(ObjectProvider<ClientRegistrationRepository> registrations) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        this.providers = repository instanceof Iterable<?> all
                ? StreamSupport.stream(all.spliterator(), false)
                        .map(ClientRegistration.class::cast)
                        .map(r -> new Provider(r.getRegistrationId(), r.getClientName()))
                        .toList()
                : List.of();
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        model.addAttribute("providers", providers);
        // A refused single sign-on says why (no such account, …); a wrong password keeps the generic message.
        if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException refused
                && refused instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException) {
            model.addAttribute("signOnError", refused.getMessage());
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        return "login";
    }
}
