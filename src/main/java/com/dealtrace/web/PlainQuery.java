package com.dealtrace.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a read (GET) whose query parameters hold control characters, such as NUL, with a 400: PostgreSQL cannot
 * take NUL in a query at all, and no search or filter needs the others. Pages answer with the error page that bad
 * addresses get, the API with a problem naming the parameter. Forms (POST) are checked field by field instead, with
 * {@link PlainText}.
 */
@Component
class PlainQuery extends OncePerRequestFilter {

    private final JsonMapper json;

    PlainQuery(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String bad = badParameter(request.getParameterMap());
        if (bad == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!request.getRequestURI().startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        // the same problem the API answers for parameters that do not validate (see ApiProblems)
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.put("status", HttpStatus.BAD_REQUEST.value());
        problem.put("detail", "Some parameters are not valid");
        problem.put("instance", request.getRequestURI());
        problem.put("errors", List.of(Map.of("parameter", bad,
                "message", "holds control characters (such as NUL); remove them")));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static String badParameter(Map<String, String[]> parameters) {
        for (var parameter : parameters.entrySet()) {
            if (!PlainText.Validator.isPlain(parameter.getKey())) {
                return parameter.getKey();
            }
            for (String value : parameter.getValue()) {
                if (!PlainText.Validator.isPlain(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }
}
