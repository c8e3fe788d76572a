package com.dealtrace.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

import org.springframework.stereotype.Component;

/**
 * Reads a bundle's JSON into maps, lists, strings, numbers and booleans, refusing bodies over the size limit and text
 * that is not JSON (with its line and column). The tree is built from Jackson's token stream into immutable maps and
 * lists, short strings shared, so that its memory stays a small multiple of the body's size even for a hostile body
 * such as five mebibytes of empty objects; bundles nest at most {@value #MAX_DEPTH} levels.
 */
@Component
public class BundleReader {

    static final int MAX_DEPTH = 32;
    private static final int SHARED_STRING_LENGTH = 40;
    private static final int SHARED_STRINGS = 20_000;
    private static final int SMALL_OBJECT = 64;

    /** A JSON {@code null} in an array, where the immutable lists take no null. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    /** Too large to read. */
    public static class TooLarge extends RuntimeException {

        TooLarge(int limit) {
            super("A bundle may hold at most " + limit / (1024 * 1024) + " MiB");
        }
    }

    /** Not JSON, or nested deeper than a bundle ever is. */
    public static class Malformed extends RuntimeException {

        Malformed(String detail) {
            super(detail);
        }
    }

    public Object read(InputStream body, int limit) throws IOException {
        byte[] bytes = body.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new TooLarge(limit);
        }
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes)) {
            try {
                var tree = new Tree(parser);
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new Malformed("The body is not valid JSON: it is empty");
                }
                Object value = tree.value(first);
                if (parser.nextToken() != null) {
                    throw malformed("there is more after the JSON value", parser.currentLocation());
                }
                return value;
            }
            catch (JacksonException ex) {
                // limits (such as the nesting depth) are reported without a location: the parser knows it
                throw malformed(ex.getOriginalMessage(), ex.getLocation() != null ? ex.getLocation() : parser.currentLocation());
            }
        }
    }

    private static Malformed malformed(String detail, TokenStreamLocation where) {
        String at = where == null || where.getLineNr() < 1 ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        String message = detail == null ? "" : detail.length() > 300 ? detail.substring(0, 300) + "…" : detail;
        return new Malformed("The body is not valid JSON" + at + ": " + message);
    }

    /** Builds the tree of one body. */
    private static final class Tree {

        private final JsonParser parser;
        private final Map<String, String> shared = new HashMap<>();

        Tree(JsonParser parser) {
            this.parser = parser;
        }

        Object value(JsonToken token) {
            if (token == null) {
                throw malformed("it ends too early", parser.currentLocation());
            }
            return switch (token) {
                case START_OBJECT -> object();
                case START_ARRAY -> array();
                case VALUE_STRING -> string(parser.getString());
                case VALUE_NUMBER_INT -> parser.getNumberValue();
                case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> throw malformed("unexpected " + token, parser.currentLocation());
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> entries = null;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String name = string(parser.currentName());
                Object value = value(parser.nextToken());
                if (entries == null) {
                    entries = new LinkedHashMap<>();
                }
                // a null value counts as a missing one everywhere in the bundle
                if (value == null) {
                    entries.remove(name);
                }
                else {
                    entries.put(name, value);
                }
            }
            // small objects (nearly all) become compact immutable maps; a big one stays hashed, as the immutable map's
            // linear probing slows to a crawl on many similar keys
            return entries == null ? Map.of() : entries.size() <= SMALL_OBJECT ? Map.copyOf(entries) : entries;
        }

        private List<Object> array() {
            List<Object> items = null;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                Object value = value(token);
                if (items == null) {
                    items = new ArrayList<>();
                }
                items.add(value == null ? NULL : value);
            }
            return items == null ? List.of() : List.copyOf(items);
        }

        /** The same short text once, however often it occurs (slugs, enum values, "" ...). */
        private String string(String text) {
            if (text.length() > SHARED_STRING_LENGTH) {
                return text;
            }
            String known = shared.get(text);
            if (known != null) {
                return known;
            }
            if (shared.size() < SHARED_STRINGS) {
                shared.put(text, text);
            }
            return text;
        }
    }
}
