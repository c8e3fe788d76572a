package com.dealtrace.web;

import java.io.IOException;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression: a reader who closes the tab (or a benchmark that stops) while a long page is being written is not a
 * failure of ours; it was logged as an error, "GET /deals failed: ClientAbortException", once per cut-off request.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientDisconnectTest {

    @Test
    void aClientThatHangsUpMidPageIsNotLoggedAsAFailure(CapturedOutput output) throws Exception {
        var response = new MockHttpServletResponse();

        new DatabaseUnavailable().doFilter(new MockHttpServletRequest("GET", "/deals/heavy-deal/timeline"), response,
                (request, ignored) -> {
                    throw new ClientAbortException(new IOException("Broken pipe"));
                });

        assertThat(output.getAll()).doesNotContain("ERROR", "failed", "Broken pipe");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void anyOtherFailureStillIsLoggedAndAnswered500(CapturedOutput output) throws Exception {
        var response = new MockHttpServletResponse();

        new DatabaseUnavailable().doFilter(new MockHttpServletRequest("GET", "/deals"), response, (request, ignored) -> {
            throw new IllegalStateException("a bug of ours");
        });

        assertThat(output.getAll()).contains("GET /deals failed", "a bug of ours");
        assertThat(response.getStatus()).isEqualTo(500);
    }
}
