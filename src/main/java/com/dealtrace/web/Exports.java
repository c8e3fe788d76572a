package com.dealtrace.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs the long exports (CSV files of up to 50,000 deals) a few at a time, so that they never take the connections
 * that page readers need: an export waits briefly for its turn, and past that gets a 503 with Retry-After. Rows are
 * written to the response as they are formatted, not built up as one string first.
 */
@Component
public class Exports {

    /**
     * @param concurrent how many exports may run at once on this instance (the pool has 8 connections)
     * @param queueFor how long an export waits for its turn before it is turned away
     */
    @ConfigurationProperties("dealtrace.exports")
    public record Settings(@DefaultValue("2") int concurrent, @DefaultValue("2s") Duration queueFor) {
    }

    /** What an export writes, row by row. */
    @FunctionalInterface
    public interface Rows {
        void write(Csv csv);
    }

    private final Semaphore turns;
    private final Duration wait;

    Exports(Settings settings) {
        this.turns = new Semaphore(Math.max(1, settings.concurrent()), true);
        this.wait = settings.queueFor();
    }

    /** Writes a CSV download named {@code filename}, once it is this export's turn. */
    public void csv(HttpServletResponse response, String filename, Rows rows) throws IOException {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            var csv = new Csv(out);
            rows.write(csv);
            csv.flush();
        }
        finally {
            turns.release();
        }
    }

    /** Too many exports are running: try again in a few seconds. */
    static final class Busy extends ResponseStatusException {

        Busy() {
            super(HttpStatus.SERVICE_UNAVAILABLE, "Too many exports are running; try again in a few seconds.");
        }

        @Override
        public HttpHeaders getHeaders() {
            var headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "5");
            return headers;
        }
    }
}
