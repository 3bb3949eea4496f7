package org.stepwise.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.stepwise.security.StepwiseUser;

/**
 * Two filter chains: the JSON API (stateless, bearer tokens, problem details) and the pages (form login, CSRF, sessions
 * in PostgreSQL). Both require a full sign-in, except sign-in itself, error pages, the health check and calendar feeds
 * (whose secret URL is their credential); what each role may do is checked on every controller method.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Scripts and styles come only from our own origin; nothing may frame our pages. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id (the OWASP first choice), behind a delegating encoder so that the algorithm can change later.
        return new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication // not in a command run without the web server (verify-audit)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .anyRequest().hasAuthority(StepwiseUser.SIGNED_IN))
                .csrf(csrf -> csrf.disable()) // no cookies on this chain, so no cross-site request can ride on them
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.authorities("ROLE_ANONYMOUS"))
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses::unauthorized)
                        .accessDeniedHandler(ProblemResponses::forbidden))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain pageChain(HttpSecurity http, SignIn signIn, StaffAuthenticationProvider provider)
            throws Exception {
        // The chain's own manager, without the global one as parent: a parent would check a wrong password a second
        // time, counting each failed attempt twice towards the lockout.
        http.authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/error/**", "/actuator/health", "/actuator/health/**").permitAll()
                        // Calendar feeds (scheduling.calendar): calendar apps cannot sign in; the secret URL is the credential.
                        .requestMatchers("/calendar/*.ics").permitAll()
                        .requestMatchers("/login/mfa").hasAuthority(SignIn.MFA_PENDING)
                        .anyRequest().hasAuthority(StepwiseUser.SIGNED_IN))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(successHandler(signIn))
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    // A session that still owes its second factor is sent to the code page rather than refused.
                    var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                            .getAuthentication();
                    if (authentication != null
                            && authentication.getAuthorities().contains(new SimpleGrantedAuthority(SignIn.MFA_PENDING))) {
                        response.sendRedirect(request.getContextPath() + "/login/mfa");
                        return;
                    }
                    AccessDeniedHandlerImpl refuse = new AccessDeniedHandlerImpl();
                    refuse.setErrorPage("/error/403");
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    refuse.handle(request, response, denied);
                }))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    private static AuthenticationSuccessHandler successHandler(SignIn signIn) {
        SavedRequestAwareAuthenticationSuccessHandler toPage = new SavedRequestAwareAuthenticationSuccessHandler();
        toPage.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            StepwiseUser user = (StepwiseUser) authentication.getPrincipal();
            if (signIn.needsSecondFactor(user)) {
                signIn.holdForSecondFactor(user, request, response);
                response.sendRedirect(request.getContextPath() + "/login/mfa");
                return;
            }
            signIn.complete(user, request, response);
            toPage.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(
                request.getContextPath() + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
    }
}
