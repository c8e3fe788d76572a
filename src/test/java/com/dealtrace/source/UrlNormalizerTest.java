package com.dealtrace.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlNormalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://www.cnbc.com/2024/02/26/story.html, cnbc.com/2024/02/26/story.html",
            "http://CNBC.com/2024/02/26/story.html#comments, cnbc.com/2024/02/26/story.html",
            "https://mistral.ai/news/mistral-large/, mistral.ai/news/mistral-large",
            "https://mistral.ai:443/news/mistral-large, mistral.ai/news/mistral-large",
            "https://example.org:8443/a, example.org:8443/a",
            "https://example.org/a?id=7&utm_source=x&utm_medium=y, example.org/a?id=7",
            "https://example.org/a?fbclid=1, example.org/a",
            "'  https://example.org/Case/Sensitive  ', example.org/Case/Sensitive",
            "https://example.org, example.org"})
    void sameDocumentGivesSameKey(String url, String key) {
        assertThat(UrlNormalizer.key(url)).contains(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/file", "javascript:alert(1)", "example.org/page", "https://", "http://exa mple.org", ""})
    void onlyHttpAndHttpsUrlsHaveAKey(String url) {
        assertThat(UrlNormalizer.key(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "https://www.aboutamazon.com/news/x, aboutamazon.com",
            "https://press.aboutamazon.com/2024/y, aboutamazon.com",
            "http://AMAZON.com:8080/a?b=c, amazon.com",
            "https://www.bbc.co.uk/news/1, bbc.co.uk",
            "https://news.bbc.co.uk/1, bbc.co.uk"})
    void theRegistrableDomainIsThePublishersDomain(String url, String domain) {
        assertThat(UrlNormalizer.registrableDomain(url)).contains(domain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.gov.uk/cma-cases/x", "https://assets.publishing.service.gov.uk/a.pdf",
            "https://ec.europa.eu/commission/presscorner", "https://medium.com/@someone/post", "javascript:alert(1)"})
    void domainsManyPublishersShareNameNoPublisher(String url) {
        assertThat(UrlNormalizer.registrableDomain(url)).isEmpty();
    }
}
