package com.dealtrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** An unknown address gets the not-found page and a malformed request a plain error page, on every feature's pages. */
@DealtraceTest
class UnknownAndBadRequestsTest {

    private final MockMvcTester mvc;

    @Autowired
    UnknownAndBadRequestsTest(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    @Test
    void unknownThingsGetTheNotFoundPage() {
        for (String url : new String[] {"/deals/no-such-deal", "/deals/no-such-deal/timeline", "/deals/no-such-deal/sources",
                "/parties/nobody", "/cases/none", "/sources/999999", "/sources/abc", "/no/such/page"}) {
            var result = mvc.get().uri(url).accept(MediaType.TEXT_HTML).exchange();
            assertThat(result).as(url).hasStatus(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void badRequestsGetAPlainErrorPageWithoutAStackTrace() {
        var result = mvc.get().uri("/cases?status=NOT_A_STATUS").accept(MediaType.TEXT_HTML).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    }
}
