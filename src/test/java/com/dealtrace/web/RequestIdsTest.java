package com.dealtrace.web;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

    private final RequestIds filter = new RequestIds();

    @Test
    void aShortPlainIdFromTheProxyIsKeptLoggedAndEchoed() throws Exception {
        var seen = new AtomicReference<String>();
        var response = serve("lb-7f3a.2_x", seen);

        assertThat(seen.get()).isEqualTo("lb-7f3a.2_x");
        assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo("lb-7f3a.2_x");
        assertThat(MDC.get(RequestIds.MDC_KEY)).as("cleared after the request").isNull();
    }

    @Test
    void withoutAnIdOrWithAnUnsafeOneANewIdIsMade() throws Exception {
        for (String incoming : new String[] {null, "", "a b", "x\ny", "{\"json\":1}", "<script>", "é", "a".repeat(65)}) {
            var seen = new AtomicReference<String>();
            var response = serve(incoming, seen);

            assertThat(seen.get()).as(String.valueOf(incoming)).matches("[0-9a-f-]{36}").isNotEqualTo(incoming);
            assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo(seen.get());
        }
        assertThat(RequestIds.idOf(null)).isNotEqualTo(RequestIds.idOf(null));
    }

    private MockHttpServletResponse serve(String incoming, AtomicReference<String> seen) throws Exception {
        var request = new MockHttpServletRequest("GET", "/deals");
        if (incoming != null) {
            request.addHeader(RequestIds.HEADER, incoming);
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> seen.set(MDC.get(RequestIds.MDC_KEY)));
        return response;
    }
}
