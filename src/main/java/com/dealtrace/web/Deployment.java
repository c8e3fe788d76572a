package com.dealtrace.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where the app stands on the network. Behind a TLS proxy ({@code dealtrace.behind-proxy=true}) the standard
 * forwarded headers (Forwarded, X-Forwarded-Proto/-Host/-Port/-For) are believed: the request is HTTPS, redirects
 * and the client address (for the sign-in limit) follow the proxy, and every cookie is marked Secure. Without the
 * setting, those headers are ignored, since anyone could send them. Absolute links that leave the page (Atom feed
 * ids and links) come from {@code dealtrace.public-url} when it is set, else from the request.
 */
@Configuration(proxyBeanMethods = false)
public class Deployment {

    /**
     * @param behindProxy whether every request comes through a proxy that sets the forwarded headers
     * @param publicUrl the address readers use, such as https://dealtrace.example.org (no trailing slash needed)
     */
    @ConfigurationProperties("dealtrace")
    public record Settings(boolean behindProxy, URI publicUrl) {
    }

    private final Settings settings;

    Deployment(Settings settings) {
        this.settings = settings;
    }

    /** The app's public address, without a trailing slash: the configured one, or the request's. */
    public String base(HttpServletRequest request) {
        if (settings.publicUrl() != null) {
            String configured = settings.publicUrl().toString();
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    /** Before everything else, so that sessions, security and the page cache see the client's request. */
    @Bean
    @ConditionalOnBooleanProperty("dealtrace.behind-proxy")
    FilterRegistrationBean<ForwardedHeaderFilter> forwardedHeaders() {
        var registration = new FilterRegistrationBean<>(new ForwardedHeaderFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Marks every cookie of an HTTPS request Secure, the language cookie included. */
    @Bean
    FilterRegistrationBean<SecureCookies> secureCookies() {
        var registration = new FilterRegistrationBean<>(new SecureCookies());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    static final class SecureCookies extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, request.isSecure() ? new SecureCookieResponse(response) : response);
        }
    }

    private static final class SecureCookieResponse extends HttpServletResponseWrapper {

        SecureCookieResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secure(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secure(name, value));
        }

        private static String secure(String name, String value) {
            if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null
                    && !value.toLowerCase(java.util.Locale.ROOT).contains("; secure")) {
                return value + "; Secure";
            }
            return value;
        }
    }
}
