package com.dealtrace.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param enabled whether the first start against an empty database loads the Microsoft–Mistral demo deal */
@ConfigurationProperties("dealtrace.demo")
public record DemoDataProperties(@DefaultValue("true") boolean enabled) {
}
