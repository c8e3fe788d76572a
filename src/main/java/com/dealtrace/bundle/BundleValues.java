package com.dealtrace.bundle;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Bundle values that Jackson takes only in their own JSON type: a string, a number, true or false, an array of
 * strings. Jackson would turn {@code 7} into the title "7" and {@code "12.5"} into an amount; here a value of another
 * type is a problem at its path ("must be a string") and reading goes on, so that every problem is found.
 */
final class BundleValues {

    private BundleValues() {
    }

    /** true or false. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = FlagValue.class)
    @interface Flag {
    }

    /** An array of strings. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = StringsValue.class)
    @interface Strings {
    }

    public static final class TextValue extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return p.hasToken(JsonToken.VALUE_STRING) ? p.getString() : BundleReader.wrong(p, ctxt, "must be a string");
        }
    }

    public static final class NumberValue extends ValueDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            return p.currentToken() != null && p.currentToken().isNumeric() ? p.getDecimalValue()
                    : BundleReader.wrong(p, ctxt, "must be a number");
        }
    }

    public static final class FlagValue extends ValueDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) {
            return p.currentToken() != null && p.currentToken().isBoolean() ? p.getBooleanValue()
                    : BundleReader.wrong(p, ctxt, "must be true or false");
        }
    }

    public static final class StringsValue extends ValueDeserializer<List<String>> {

        @Override
        public List<String> deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.START_ARRAY)) {
                return BundleReader.wrong(p, ctxt, "must be an array of strings");
            }
            String at = BundleReader.at(p);
            var strings = new ArrayList<String>();
            boolean onlyStrings = true;
            for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    strings.add(p.getString());
                }
                else {
                    onlyStrings = false;
                    p.skipChildren();
                }
            }
            if (!onlyStrings) {
                BundleReader.problems(ctxt).typeProblem(at, "must be an array of strings");
                return null;
            }
            return List.copyOf(strings);
        }
    }
}
