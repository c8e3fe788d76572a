package com.dealtrace.security;

import com.dealtrace.web.Problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Who may do what, checked on the server for every route. Reading is open (each page then shows what the reader's
 * audience may see); history needs an analyst; every editing route an editor; grading and user management an admin.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] EDITOR_ROUTES = {
            "/deals/new", "/deals/*/edit", "/deals/*/publish", "/deals/*/unpublish", "/deals/*/delete",
            "/deals/*/events/new", "/events/*/edit", "/events/*/delete", "/events/*/resolve",
            "/sources/new", "/sources/*/edit", "/parties/new", "/parties/*/edit", "/cases/new", "/cases/*/edit",
            "/cases/*/phases/**", "/deals/*/watch/**",
            "/bundles/**", "/pick/**"};

    /**
     * The JSON API: stateless, signed in by personal tokens ({@code Authorization: Bearer dt_…}) rather than
     * cookies, so it needs no CSRF token. Reading needs an analyst's token, writing an editor's; failures answer
     * as RFC 9457 problem details.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(routes -> routes
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.ANALYST.name())
                        .anyRequest().hasRole(Role.EDITOR.name()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new ApiTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, ex) -> Problems.write(response,
                                HttpStatus.UNAUTHORIZED, "Send a personal API token: Authorization: Bearer dt_…"))
                        .accessDeniedHandler((request, response, ex) -> Problems.write(response,
                                HttpStatus.FORBIDDEN, "This token's user may not do this.")));
        return http.build();
    }

    /** No inline script or style anywhere, so the policy needs no 'unsafe-inline'. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(routes -> routes
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/deals/*/grade").hasRole(Role.ADMIN.name())
                        .requestMatchers(EDITOR_ROUTES).hasRole(Role.EDITOR.name())
                        .requestMatchers("/deals/*/history", "/deals/*/bundle.json").hasRole(Role.ANALYST.name())
                        .requestMatchers("/account/**").authenticated()
                        // the probes for load balancers; the setup page answers 404 unless an instance has no admin
                        .requestMatchers("/login", "/error", "/livez", "/readyz", "/setup").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new LoginThrottle.Filter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequired(), AnonymousAuthenticationFilter.class)
                .headers(headers -> headers
                        // the anonymous pages the page cache keeps are public for a CDN, signed-in pages private
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new CacheHeaders())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .formLogin(login -> login.loginPage("/login").failureUrl("/login?error"))
                .logout(logout -> logout.logoutSuccessUrl("/?signed-out"));
        return http.build();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.EDITOR.name())
                .role(Role.EDITOR.name()).implies(Role.ANALYST.name())
                .build();
    }

    /**
     * Sessions live in PostgreSQL (shared by every instance). Pages opened at once right after signing in each store
     * the session's first CSRF token: PostgreSQL's upsert lets the last one win instead of failing the others on the
     * attributes' key with a 500.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
