package com.dealtrace.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a user who signed in with a one-time password (the bootstrap admin's, or one from
 * {@code reset-admin-password}) to {@code /account/password} until they have chosen their own: every other page
 * redirects there, and every other form is refused. Signing out, the style sheet and the probes still work.
 */
class PasswordChangeRequired extends OncePerRequestFilter {

    /** The authority of a user who must change their password before anything else. */
    static final String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";
    static final String PAGE = "/account/password";
    private static final Set<String> OPEN = Set.of(PAGE, "/logout", "/error", "/livez", "/readyz", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (mustChange() && !OPEN.contains(path) && !path.startsWith("/css/")) {
            if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + PAGE);
            }
            else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean mustChange() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }
}
