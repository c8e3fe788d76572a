package com.dealtrace.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether pages for anonymous readers are kept rendered until the next edit
 * @param maxBytes how much rendered HTML the cache may hold
 * @param bypassHeader a request header that makes the cache stand aside, for the benchmark's fresh renders only;
 *        none by default, since a client must not be able to force renders
 */
@ConfigurationProperties("dealtrace.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("67108864") long maxBytes,
        String bypassHeader) {
}
