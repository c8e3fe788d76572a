package com.dealtrace.web;

import java.util.UUID;

import com.dealtrace.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** One client asking for many different pages cannot push the site's hot pages out of a small page cache. */
@SpringBootTest(properties = {"dealtrace.page-cache.enabled=true", "dealtrace.page-cache.max-bytes=600000"})
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class PageCacheFloodTest {

    private static final String[] HOT = {"/", "/deals", "/deals/microsoft-mistral-ai-partnership",
            "/deals/microsoft-mistral-ai-partnership/timeline"};

    @Autowired
    MockMvcTester mvc;

    @Test
    void aFloodOfOneOffPagesCyclesThroughProbationAndTheHotPagesStay() {
        for (int read = 0; read < 2; read++) {
            for (String page : HOT) {
                mvc.get().uri(page).exchange();
            }
        }
        long flooded = 0;
        for (int i = 0; i < 300; i++) {
            var result = mvc.get().uri("/search?q=" + UUID.randomUUID()).exchange();
            assertThat(result).hasHeader("X-Page-Cache", "miss");
            flooded += result.getResponse().getContentAsByteArray().length;
        }
        assertThat(flooded).as("the flood alone is larger than the cache").isGreaterThan(600_000);

        for (String page : HOT) {
            assertThat(mvc.get().uri(page).exchange()).as(page).hasHeader("X-Page-Cache", "hit");
        }
    }
}
