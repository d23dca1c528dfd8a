package org.genobay.accounts;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.servlet.DispatcherType;
import java.lang.reflect.ParameterizedType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two ways in: the API under /api takes HTTP Basic on every request and keeps no session, so a browser's session cookie
 * never authorizes an API call (no CSRF exposure); the web pages use form login with a session and CSRF tokens, and,
 * where spring.security.oauth2.client.registration.* names a hospital's OpenID Connect server, single sign-on.
 */
@Configuration
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Genobay API",
                        version = "0.1.0",
                        description = "The biobank and accounts of the Genobay platform"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class SecurityConfiguration implements WebMvcConfigurer {

    static {
        // CurrentUser is filled in from the session, not sent by the client: keep it out of the API description.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    // Not in a one-shot command (./genobay audit verify), which runs without a web server.
    @Bean
    @ConditionalOnWebApplication
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        // The GA4GH Beacon answers anonymous callers too, with what public datasets allow (org.genobay.beacon).
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/api/beacon", "/api/beacon/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.realmName("genobay"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @ConditionalOnWebApplication
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> signOnServers,
            Accounts accounts,
            @Value("${genobay.oidc.username-claim:preferred_username}") String usernameClaim)
            throws Exception {
        http.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(
                        f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout"));
        if (signOnServers.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureUrl("/login?sign-on-refused")
                    .userInfoEndpoint(u -> u.oidcUserService(new SingleSignOn(accounts, usernameClaim))));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder(@Value("${genobay.security.bcrypt-strength:10}") int strength) {
        // Delegating, so that hashes carry their algorithm ({bcrypt}…) and a stronger one can be added later.
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return username ->
                accounts.details(username).orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserResolver());
    }

    /** Lets a controller method declare a {@link CurrentUser} parameter. */
    private static final class CurrentUserResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType().equals(CurrentUser.class) || optionalUser(parameter);
        }

        /** {@code Optional<CurrentUser>}: for the few endpoints that anonymous callers may use too. */
        private static boolean optionalUser(MethodParameter parameter) {
            return parameter.getParameterType().equals(Optional.class)
                    && parameter.getGenericParameterType() instanceof ParameterizedType type
                    && type.getActualTypeArguments()[0].equals(CurrentUser.class);
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer container,
                NativeWebRequest request,
                WebDataBinderFactory binders) {
            Optional<CurrentUser> user = signedIn();
            if (optionalUser(parameter)) {
                return user;
            }
            return user.orElseThrow(() -> new IllegalStateException("no signed-in account for " + parameter));
        }

        private static Optional<CurrentUser> signedIn() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof AccountDetails details) {
                return Optional.of(details.current());
            }
            if (authentication != null && authentication.getPrincipal() instanceof SignedOnAccount signedOn) {
                return Optional.of(signedOn.current());
            }
            return Optional.empty();
        }
    }
}
