package com.dealtrace.api;

import java.io.IOException;

import com.dealtrace.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The errors that Spring MVC answers before any API method runs (an unknown address, a method the address does not
 * take, a body type it does not read) as RFC 9457 problems like the API's own, instead of the generic error page.
 */
@Component
class ApiErrors extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {

            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                HttpStatus known = HttpStatus.resolve(status);
                if (known == null || isCommitted()) {
                    super.sendError(status, message);
                    return;
                }
                resetBuffer();
                Problems.write((HttpServletResponse) getResponse(), known, known == HttpStatus.NOT_FOUND
                        ? "Nothing at this address." : known.getReasonPhrase() + ".");
            }
        });
    }
}
