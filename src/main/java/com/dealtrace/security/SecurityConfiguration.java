package com.dealtrace.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what, checked on the server for every route. Reading is open (each page then shows what the reader's
 * audience may see); history needs an analyst; every editing route an editor; grading and user management an admin.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] EDITOR_ROUTES = {
            "/deals/new", "/deals/*/edit", "/deals/*/publish", "/deals/*/unpublish", "/deals/*/delete",
            "/deals/*/events/new", "/events/*/edit", "/events/*/delete",
            "/sources/new", "/sources/*/edit", "/parties/new", "/parties/*/edit", "/cases/new", "/cases/*/edit"};

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(routes -> routes
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/deals/*/grade").hasRole(Role.ADMIN.name())
                        .requestMatchers(EDITOR_ROUTES).hasRole(Role.EDITOR.name())
                        .requestMatchers("/deals/*/history").hasRole(Role.ANALYST.name())
                        .requestMatchers("/login", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .anyRequest().authenticated())
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
