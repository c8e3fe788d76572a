package com.dealtrace.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletRequest;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyValue;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Bounds the rows a form may send: a field such as {@code participants[256].party} (past Spring's auto-grow limit, or
 * not a number) would make the binder throw and the page fail. Such fields are left out of binding and reported as an
 * error on the list they belong to, so the form comes back with the editor's other input kept.
 */
@Configuration(proxyBeanMethods = false)
public class RowLimit implements WebMvcRegistrations {

    /** Rows a form's list may hold: Spring's auto-grow limit. */
    public static final int MAX_ROWS = 256;

    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new RequestMappingHandlerAdapter() {
            @Override
            protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
                return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
                    @Override
                    protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
                            NativeWebRequest request) {
                        return new BoundedBinder(target, objectName);
                    }
                };
            }
        };
    }

    /** The list property a field name reaches through an index out of bounds, or null where every index is fine. */
    static String outOfBounds(String field) {
        Matcher index = INDEX.matcher(field);
        while (index.find()) {
            String key = index.group(1);
            if (!key.matches("\\d{1,3}") || Integer.parseInt(key) >= MAX_ROWS) {
                return field.substring(0, index.start());
            }
        }
        return null;
    }

    private static final class BoundedBinder extends ExtendedServletRequestDataBinder {

        BoundedBinder(Object target, String objectName) {
            super(target, objectName);
            setAutoGrowCollectionLimit(MAX_ROWS);
        }

        @Override
        protected void addBindValues(MutablePropertyValues values, ServletRequest request) {
            super.addBindValues(values, request);
            for (PropertyValue value : values.getPropertyValues()) {
                String list = outOfBounds(value.getName());
                if (list != null) {
                    values.removePropertyValue(value);
                    if (getBindingResult().getFieldErrors(list).isEmpty()) {
                        getBindingResult().addError(new FieldError(getObjectName(), list, null, true,
                                new String[] {"validation.rows.tooMany"}, new Object[] {MAX_ROWS},
                                "Keep to at most " + MAX_ROWS + " rows."));
                    }
                }
            }
        }
    }
}
