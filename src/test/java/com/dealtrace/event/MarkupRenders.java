package com.dealtrace.event;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a test template with the application's template engine and beans ({@code @fmt}), under the context path
 * {@code /app}: how the markup tests render a replaced template beside the markup written in its place.
 */
final class MarkupRenders {

    private MarkupRenders() {
    }

    static String render(SpringTemplateEngine engine, ApplicationContext application, String template, Locale locale,
            Map<String, Object> variables) {
        var request = new MockHttpServletRequest("GET", "/app/deals/x/timeline");
        request.setContextPath("/app");
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new MockHttpServletResponse());
        var context = new WebContext(exchange, locale, variables);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return engine.process(template, context);
    }
}
