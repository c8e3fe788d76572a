package com.dealtrace.operations;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts bundle imports, from the import page and the API alike, as {@code dealtrace.bundle.imports} tagged
 * {@code outcome=imported} (the bundle went in), {@code refused} (it was refused whole: invalid, unreadable or too
 * large) or {@code failed} (a server error). It reads the answer's status after the request, so the import code
 * itself carries no metrics.
 */
@Configuration(proxyBeanMethods = false)
class BundleImportMetrics implements WebMvcConfigurer, HandlerInterceptor {

    static final String METER = "dealtrace.bundle.imports";

    private final MeterRegistry meters;

    BundleImportMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/bundles/import", "/api/v1/bundles");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        int status = response.getStatus();
        String outcome = ex != null || status >= 500 ? "failed" : status >= 400 ? "refused" : "imported";
        meters.counter(METER, "outcome", outcome).increment();
    }
}
