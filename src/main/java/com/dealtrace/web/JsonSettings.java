package com.dealtrace.web;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one JSON mapper is the {@code JsonMapper} Spring Boot configures; what it needs beyond Boot's
 * defaults is set here. It writes the API's answers and reads bundles, the only JSON Dealtrace reads: no bundle nests
 * deeper than {@value #MAX_DEPTH} levels, and refusing deeper text keeps a hostile body from costing a deep stack.
 */
@Configuration(proxyBeanMethods = false)
public class JsonSettings {

    public static final int MAX_DEPTH = 32;

    @Bean
    JsonFactoryBuilderCustomizer nestingLimit() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    }

    /**
     * An empty or blank string where an object belongs reads as none, as any other value that is no object does, so
     * that the bundle reader can call it a problem at its path and read on, rather than stop at an exception.
     */
    @Bean
    JsonMapperBuilderCustomizer emptyStringIsNoObject() {
        return mapper -> mapper.withCoercionConfig(LogicalType.POJO, coercion -> coercion
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull).setAcceptBlankAsEmpty(true));
    }
}
