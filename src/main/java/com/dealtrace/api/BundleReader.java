package com.dealtrace.api;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** Reads a bundle's JSON, refusing bodies over the size limit and text that is not JSON. */
@Component
public class BundleReader {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Too large to read. */
    public static class TooLarge extends RuntimeException {

        TooLarge(int limit) {
            super("A bundle may hold at most " + limit / (1024 * 1024) + " MiB");
        }
    }

    /** Not JSON. */
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
        try {
            return json.readValue(bytes, Object.class);
        }
        catch (JacksonException ex) {
            throw new Malformed("The body is not valid JSON: " + ex.getOriginalMessage());
        }
    }
}
