package org.genobay.accounts;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of someone who signed in through the hospital's OpenID Connect server. The server vouches for who
 * they are; what they may do (roles) and whose data they see (institution) come from their Genobay account.
 */
final class SignedOnAccount implements OidcUser {

    private static final long serialVersionUID = 1L;

    private final OidcUser signOn;
    private final AccountDetails account;

    SignedOnAccount(OidcUser signOn, AccountDetails account) {
        this.signOn = signOn;
        this.account = account;
    }

    CurrentUser current() {
        return account.current();
    }

    @Override
    public String getName() {
        return account.getUsername();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.getAuthorities();
    }

    @Override
    public Map<String, Object> getClaims() {
        return signOn.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return signOn.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return signOn.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return signOn.getAttributes();
    }
}
