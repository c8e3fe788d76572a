package com.dealtrace.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the language switch in the header: the page being read, with its query, and {@code lang} set.
 * A plain link, so it works without JavaScript. Templates call it as {@code @languages}.
 */
@Component("languages")
public class LanguageSwitch {

    /** The current page in {@code language}: "/deals?type=INVESTMENT&lang=es". */
    public String link(String language) {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return "/?" + Languages.PARAMETER + "=" + language;
        }
        HttpServletRequest request = servlet.getRequest();
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failedUri != null ? failedUri.toString() : request.getRequestURI();
        String query = failedUri != null || !"GET".equals(request.getMethod()) ? null : request.getQueryString();
        return UriComponentsBuilder.fromUriString(path + (query == null ? "" : "?" + query))
                .replaceQueryParam(Languages.PARAMETER, language)
                .build()
                .toUriString();
    }

    /** The language of the page being rendered: "en" or "es". */
    public String current() {
        return Languages.supported(LocaleContextHolder.getLocale()).getLanguage();
    }

    /** A language's name in the reader's language: "English", "inglés". */
    public String name(String language) {
        Locale reader = LocaleContextHolder.getLocale();
        return Locale.forLanguageTag(language).getDisplayLanguage(reader);
    }
}
