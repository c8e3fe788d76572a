package com.dealtrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.dealtrace.change.ContentVersion;
import com.dealtrace.support.As;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabaseConfiguration;
import com.dealtrace.support.WebSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The headers a CDN or caching proxy reads, over real HTTP: anonymous pages the page cache keeps are public for
 * {@code dealtrace.cdn.s-maxage} with an ETag (a 304 on revalidation, a new ETag after an edit); signed-in pages are
 * private and never stored; nothing that sets a cookie or is not a kept page is public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealtrace.page-cache.enabled=true", "dealtrace.cdn.s-maxage=120"})
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
@ExtendWith(RowsAdded.EachTest.class)
class CdnHeadersTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    @LocalServerPort
    int port;

    @Autowired
    ContentVersion version;

    @Autowired
    PageCache pageCache;

    /** Rows another test removed change the version at the next poll: read it now, not in the middle of a test. */
    @BeforeEach
    void readTheVersion() {
        version.refresh();
    }

    @Test
    void anAnonymousPageIsPublicForSharedCachesWithAWeakEtagAndVariesOnCookieAndLanguage() {
        var first = new WebSession(port).get(DEAL + "/timeline");
        var second = new WebSession(port).get(DEAL + "/timeline");

        for (var page : new WebSession.Page[] {first, second}) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Cache-Control")).hasValue("public, max-age=0, s-maxage=120");
            assertThat(page.header("ETag")).hasValueSatisfying(etag -> assertThat(etag).matches("W/\"\\d+-[0-9a-f]{16}\""));
            assertThat(page.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Cookie").containsIgnoringCase("Accept-Language"));
            assertThat(page.header("Pragma")).isEmpty();
            assertThat(page.header("Expires")).isEmpty();
            assertThat(page.header("Set-Cookie")).isEmpty();
        }
        assertThat(second.header("X-Page-Cache")).hasValue("hit");
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
    }

    @Test
    void aRevalidationWithTheEtagGetsA304WithoutABody() {
        String etag = new WebSession(port).get(DEAL).header("ETag").orElseThrow();

        var exact = new WebSession(port).get(DEAL, "Accept", "text/html", "If-None-Match", etag);
        var inAList = new WebSession(port).get(DEAL, "Accept", "text/html", "If-None-Match", "\"other\", " + etag);
        var madeStrongByAProxy = new WebSession(port).get(DEAL, "Accept", "text/html", "If-None-Match", etag.substring(2));
        var anotherPage = new WebSession(port).get(DEAL + "/sources", "Accept", "text/html", "If-None-Match", etag);

        for (var page : new WebSession.Page[] {exact, inAList, madeStrongByAProxy}) {
            assertThat(page.status()).isEqualTo(304);
            assertThat(page.body()).isEmpty();
            assertThat(page.header("ETag")).hasValue(etag);
            assertThat(page.header("Cache-Control")).hasValue("public, max-age=0, s-maxage=120");
        }
        assertThat(anotherPage.status()).isEqualTo(200);
        assertThat(anotherPage.header("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void aRevalidationReachingAnInstanceThatHasNotKeptThePageStillGetsA304() {
        // the ETag another instance gave: every instance computes the same one from the key and the content version
        long current = version.current();
        var request = new MockHttpServletRequest("GET", "/parties");
        request.addHeader("Accept-Language", "en");
        String etag = PageCache.etag(pageCache.key(request, current, "-"), current);

        var revalidated = new WebSession(port).get("/parties", "Accept-Language", "en", "If-None-Match", etag);

        assertThat(revalidated.header("X-Page-Cache")).hasValue("miss");
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(new WebSession(port).get("/parties", "Accept-Language", "en").header("ETag")).hasValue(etag);
    }

    @Test
    void ifNoneMatchIsComparedWeaklyAndAStarMatchesAnyPage() {
        String etag = "W/\"42-00112233aabbccdd\"";

        assertThat(PageCache.matches(etag, etag)).isTrue();
        assertThat(PageCache.matches("\"42-00112233aabbccdd\"", etag)).isTrue();
        assertThat(PageCache.matches("W/\"41-00112233aabbccdd\" ,  " + etag, etag)).isTrue();
        assertThat(PageCache.matches("*", etag)).isTrue();
        assertThat(PageCache.matches("W/\"41-00112233aabbccdd\"", etag)).isFalse();
        assertThat(PageCache.matches("", etag)).isFalse();
        assertThat(PageCache.matches(null, etag)).isFalse();
    }

    @Test
    void eachLanguageHasItsOwnEtag() {
        var english = new WebSession(port).get(DEAL, "Accept", "text/html", "Accept-Language", "en");
        var spanish = new WebSession(port).get(DEAL, "Accept", "text/html", "Accept-Language", "es");

        assertThat(spanish.header("ETag")).isPresent().isNotEqualTo(english.header("ETag"));
        assertThat(new WebSession(port).get(DEAL, "Accept-Language", "es", "If-None-Match", english.header("ETag").orElseThrow())
                .status()).isEqualTo(200);
    }

    @Test
    void anEditChangesTheEtagSoTheOldOneGetsTheNewPage() {
        String before = new WebSession(port).get(DEAL).header("ETag").orElseThrow();

        var admin = WebSession.as(As.ADMIN, port);
        var graded = admin.post(DEAL + "/grade", Map.of("score", "0.91", "rationale", "CDN check.",
                "_csrf", admin.csrfToken(DEAL + "/sources")));
        assertThat(graded.status()).isEqualTo(302);

        var after = new WebSession(port).get(DEAL, "Accept", "text/html", "If-None-Match", before);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains("91 %");
        assertThat(after.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(before));
        assertThat(new WebSession(port).get(DEAL, "Accept", "text/html", "If-None-Match", after.header("ETag").orElseThrow())
                .status()).isEqualTo(304);
    }

    @Test
    void signedInPagesArePrivateAndNeverStoredWithNoEtag() {
        var analyst = WebSession.as(As.ANALYST, port);
        analyst.get(DEAL + "/timeline");
        var kept = analyst.get(DEAL + "/timeline");
        var account = analyst.get("/account/tokens");
        var editorsForm = WebSession.as(As.EDITOR, port).get(DEAL + "/edit");

        assertThat(kept.header("X-Page-Cache")).hasValue("hit");
        for (var page : new WebSession.Page[] {kept, account, editorsForm}) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Cache-Control")).hasValue("private, no-store");
            assertThat(page.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Cookie"));
            assertThat(page.header("ETag")).isEmpty();
        }
    }

    @Test
    void pagesThatAreNotKeptAreNeverPublic() {
        var signIn = new WebSession(port).get("/login");
        var missing = new WebSession(port).get("/deals/no-such-deal");
        var withASession = new WebSession(port);
        withASession.get("/login");
        var afterTheSessionStarted = withASession.get(DEAL);

        assertThat(signIn.header("Set-Cookie")).isPresent();
        assertThat(missing.status()).isEqualTo(404);
        for (var page : new WebSession.Page[] {signIn, missing, afterTheSessionStarted}) {
            assertThat(page.header("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache)
                    .doesNotContain("public").contains("no-store"));
            assertThat(page.header("ETag")).isEmpty();
        }
    }
}
