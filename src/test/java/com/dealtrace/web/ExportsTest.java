package com.dealtrace.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportsTest {

    @Test
    void anExportBeyondTheLimitIsTurnedAwayWithRetryAfterOnceItsWaitRunsOut() throws Exception {
        var exports = new Exports(new Exports.Settings(1, Duration.ofMillis(200)));
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> {
            try {
                exports.csv(new MockHttpServletResponse(), "a.csv", csv -> {
                    started.countDown();
                    await(release);
                });
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        long before = System.nanoTime();
        assertThatThrownBy(() -> exports.csv(new MockHttpServletResponse(), "b.csv", csv -> csv.row("x")))
                .isInstanceOfSatisfying(Exports.Busy.class, busy -> {
                    assertThat(busy.getStatusCode().value()).isEqualTo(503);
                    assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("5");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(150));

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        var after = new MockHttpServletResponse();
        exports.csv(after, "c.csv", csv -> csv.row("done", 1));
        assertThat(after.getContentAsString()).isEqualTo("\"done\",1\r\n");
        assertThat(after.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"c.csv\"");
    }

    @Test
    void aFailingExportGivesItsTurnBack() throws Exception {
        var exports = new Exports(new Exports.Settings(1, Duration.ofMillis(50)));
        assertThatThrownBy(() -> exports.csv(new MockHttpServletResponse(), "a.csv", csv -> {
            throw new IllegalStateException("broken");
        })).hasMessage("broken");

        var response = new MockHttpServletResponse();
        exports.csv(response, "b.csv", csv -> csv.row("ok"));
        assertThat(response.getContentAsString()).isEqualTo("\"ok\"\r\n");
    }

    @Test
    void textCellsAreQuotedAndFormulasDisarmedWhereverASpreadsheetMightSplit() {
        var out = new StringBuilder();
        new Csv(out).row("EU;=1+1", "=A1", " +1", "a\t-1", "plain, \"quoted\"", 42, null, "\tx").flush();

        assertThat(out).hasToString("\"EU;'=1+1\",\"'=A1\",\" '+1\",\"a\t'-1\",\"plain, \"\"quoted\"\"\",42,,\"'\tx\"\r\n");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
