package com.dealtrace.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface's languages, English and Spanish. The reader's choice ({@code ?lang=es} on any page, the switch in
 * the header) is kept in a cookie for a year, so it outlives sessions and sign-ins; without a choice the browser's
 * Accept-Language picks, and anything else gets English.
 */
@Configuration(value = "languageConfiguration", proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

    /** The query parameter that switches the language. */
    public static final String PARAMETER = "lang";

    public static final String COOKIE = "dealtrace-lang";

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    /** The bean name is the one {@link DispatcherServlet} looks up. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The supported locale nearest to {@code locale}: Spanish for any Spanish, English for everything else. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale candidate : SUPPORTED) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** The first supported language in the Accept-Language header; the server's own locale never counts. */
    static Locale fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        }
        catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    /** A cookie resolver that only ever answers, and only ever stores, a supported locale. */
    static class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super(COOKIE);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieSameSite("Lax");
            setCookieHttpOnly(true);
            setDefaultLocaleFunction(Languages::fromAcceptLanguage);
            // a cookie nobody could have set through the switch ("%", "%00") falls back to the browser's language
            // instead of failing every request with a 500 and a stack trace in the log
            setRejectInvalidCookies(false);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return supported(super.resolveLocale(request));
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            // live, like the parent's: a ?lang switch later in the same request changes what it answers
            LocaleContext context = super.resolveLocaleContext(request);
            return new TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return supported(context.getLocale());
                }

                @Override
                public TimeZone getTimeZone() {
                    return context instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
                }
            };
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                LocaleContext context) {
            Locale locale = context == null ? null : context.getLocale();
            super.setLocaleContext(request, response,
                    locale == null ? null : new SimpleTimeZoneAwareLocaleContext(supported(locale), null));
        }
    }
}
