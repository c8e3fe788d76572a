package com.dealtrace.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether pages for anonymous readers are kept rendered until the next edit
 * @param maxBytes how much rendered HTML the cache may hold
 */
@ConfigurationProperties("dealtrace.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("67108864") long maxBytes) {
}
