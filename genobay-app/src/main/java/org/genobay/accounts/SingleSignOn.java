package org.genobay.accounts;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a user that the OpenID Connect server authenticated into a Genobay account. Accounts are never created from a
 * sign-on: an administrator creates the account (institution and roles) with the same username as the server's claim,
 * so a hospital-wide directory cannot by itself open the biobank to everyone in it.
 */
final class SingleSignOn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService server = new OidcUserService();
    private final Accounts accounts;
    private final String usernameClaim;

    SingleSignOn(Accounts accounts, String usernameClaim) {
        this.accounts = accounts;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signOn = server.loadUser(request);
        String provider = request.getClientRegistration().getClientName();
        String username = signOn.getClaimAsString(usernameClaim);
        if (username == null || username.isBlank()) {
            throw refused(
                    "genobay_missing_claim", provider + " sent no '" + usernameClaim + "' claim to name the account");
        }
        AccountDetails account = accounts.details(username)
                .orElseThrow(() -> refused(
                        "genobay_no_account",
                        "no Genobay account '" + username + "' (from " + provider
                                + "); an administrator creates it with that username"));
        if (!account.isEnabled()) {
            throw refused("genobay_account_disabled", "the Genobay account '" + username + "' is disabled");
        }
        return new SignedOnAccount(signOn, account);
    }

    private static OAuth2AuthenticationException refused(String code, String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
    }
}
