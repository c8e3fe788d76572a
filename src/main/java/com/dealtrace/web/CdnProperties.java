package com.dealtrace.web;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * What shared caches (a CDN, a caching proxy) are told about the pages anonymous readers get.
 *
 * @param sMaxage how long a shared cache may serve a kept anonymous page without asking again ({@code s-maxage}, in
 *        seconds unless a unit is given); an edit reaches readers behind it after at most this long. Browsers always
 *        revalidate ({@code max-age=0}) and get a 304 while the page is unchanged.
 */
@ConfigurationProperties("dealtrace.cdn")
public record CdnProperties(@DefaultValue("60s") @DurationUnit(ChronoUnit.SECONDS) Duration sMaxage) {
}
