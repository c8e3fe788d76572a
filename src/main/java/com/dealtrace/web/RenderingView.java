package com.dealtrace.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page's view: Thymeleaf's, rendering with the request attributes it sets kept in a plain map of their own.
 * Thymeleaf keeps the model and every loop and local variable as request attributes, read and written thousands of
 * times on a heavy timeline; on the request itself each access went through the wrappers of Spring Security and
 * Spring Session and Tomcat's facade into a concurrent map (a tenth of the render in a profile). Attributes set while
 * rendering stay in the view's map; the others are read from the request.
 */
public class RenderingView extends ThymeleafView {

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        super.render(model, new RenderAttributes(request), response);
    }

    /** The request as a render sees it: what the render sets and removes kept apart from the request's attributes. */
    static final class RenderAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> set = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        RenderAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            Object value = set.get(name);
            if (value != null || removed.contains(name)) {
                return value;
            }
            return super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            set.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            set.remove(name);
            removed.add(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(set.keySet());
            return Collections.enumeration(names);
        }
    }

    /** Spring Boot's Thymeleaf view resolver makes these views. */
    @Configuration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        static BeanPostProcessor renderingViews() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof ThymeleafViewResolver resolver) {
                        resolver.setViewClass(RenderingView.class);
                    }
                    return bean;
                }
            };
        }
    }
}
