package com.dealtrace.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.security.ApiTokens;
import com.dealtrace.support.As;
import com.dealtrace.support.RowsAdded;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;

/**
 * The read pages' filters, search and paging, the addresses of single things, and the JSON API (its filters and
 * bundle import) under thousands of bad values: pages answer 200 with bad filters set aside or a 4xx, the API a 4xx
 * RFC 9457 problem, never a 5xx.
 */
class ReadAndApiProperties {

    private final BadInputApp app = BadInputApp.get();
    private RowsAdded rows;
    private long newestToken;
    private String token;
    private String adminToken;

    @BeforeProperty
    void aTokenAndTheNewestRows() {
        rows = new RowsAdded(app.jdbc);
        newestToken = app.jdbc.sql("select coalesce(max(id), 0) from api_token").query(Long.class).single();
        token = app.context.getBean(ApiTokens.class).create("editor", "bad input");
        // bundles carry grades, which only admins import
        adminToken = app.context.getBean(ApiTokens.class).create("admin", "bad input");
    }

    @AfterProperty
    void removeTheTokenAndWhatTheTriesSaved() {
        app.jdbc.sql("delete from api_token where id > :id").param("id", newestToken).update();
        rows.remove();
    }

    @AfterContainer
    static void reportTries() {
        BadInputApp.reportTries();
    }

    /** Query parameters with bad values: each named parameter gets a value from its kind, or from any kind. */
    private static Arbitrary<Map<String, String>> parameters(Map<String, Arbitrary<String>> kinds) {
        List<String> names = List.copyOf(kinds.keySet());
        return Arbitraries.subsetOf(names).ofMinSize(1).flatMap(chosen -> {
            List<Arbitrary<Map.Entry<String, String>>> entries = chosen.stream()
                    .map(name -> Arbitraries.oneOf(kinds.get(name), BadInput.anything())
                            .map(value -> Map.entry(name, value)))
                    .toList();
            return Combinators.combine(entries).as(list -> {
                Map<String, String> map = new LinkedHashMap<>();
                list.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
                return map;
            });
        });
    }

    /** A page cursor: any text, or the slug of a deal or case there is or is not. */
    private static Arbitrary<String> cursors() {
        return Arbitraries.oneOf(BadInput.text(), Arbitraries.of("microsoft-mistral-ai-partnership",
                "cma-microsoft-mistral-ai", "no-such-thing", "a--b", "-"));
    }

    private static final Map<String, Arbitrary<String>> DEAL_FILTERS = Map.ofEntries(Map.entry("q", BadInput.text()),
            Map.entry("type", BadInput.enums()), Map.entry("status", BadInput.enums()), Map.entry("party", BadInput.text()),
            Map.entry("region", BadInput.text()), Map.entry("grade", BadInput.enums()), Map.entry("from", BadInput.dates()),
            Map.entry("to", BadInput.dates()), Map.entry("page", BadInput.pages()), Map.entry("sort", BadInput.enums()),
            Map.entry("after", cursors()), Map.entry("before", cursors()));

    @Provide
    Arbitrary<Map<String, String>> dealFilters() {
        return parameters(DEAL_FILTERS);
    }

    @Provide
    Arbitrary<As> readers() {
        return Arbitraries.of(As.ANONYMOUS, As.ANALYST, As.EDITOR);
    }

    /** Bad filters are reported beside their field and left out; the page still answers. */
    @Property(tries = 400)
    void theDealListSetsBadFiltersAsideAndStillAnswers(@ForAll("dealFilters") Map<String, String> filters,
            @ForAll("readers") As as) {
        BadInputApp.tried("GET /deals");
        var result = app.get(as, "/deals", filters);

        BadInputApp.noServerError(result);
        assertThat(result.getResponse().getStatus()).isEqualTo(controlIn(filters) ? 400 : 200);
        page(result, filters);
    }

    @Property(tries = 200)
    void theDealExportAnswersACsvOrABadRequest(@ForAll("dealFilters") Map<String, String> filters) {
        BadInputApp.tried("GET /deals.csv");
        var result = app.get(As.ANALYST, "/deals.csv", filters);

        BadInputApp.noServerError(result);
        assertThat(result.getResponse().getStatus()).isIn(200, 400);
    }

    @Provide
    Arbitrary<Map<String, String>> searches() {
        return parameters(Map.of("q", BadInput.text(), "kind", BadInput.enums(), "page", BadInput.pages()));
    }

    @Property(tries = 400)
    void searchAnswersAnyQueryKindAndPage(@ForAll("searches") Map<String, String> parameters, @ForAll("readers") As as) {
        listPage(as, "/search", parameters);
    }

    @Provide
    Arbitrary<Map<String, String>> sourceFilters() {
        return parameters(Map.of("publisher", BadInput.text(), "risk", BadInput.enums(), "page", BadInput.pages()));
    }

    @Property(tries = 250)
    void theSourceListAnswersAnyFilterAndPage(@ForAll("sourceFilters") Map<String, String> filters,
            @ForAll("readers") As as) {
        listPage(as, "/sources", filters);
    }

    @Provide
    Arbitrary<Map<String, String>> caseFilters() {
        return parameters(Map.of("regulator", BadInput.text(), "status", BadInput.enums(), "deal", BadInput.text(),
                "q", BadInput.text(), "page", BadInput.pages(), "after", cursors(), "before", cursors()));
    }

    @Property(tries = 200)
    void theCaseListAndTheNewCasePageAnswerAnyFilter(@ForAll("caseFilters") Map<String, String> filters,
            @ForAll("readers") As as) {
        listPage(as, "/cases", filters);

        BadInputApp.tried("GET /cases/new");
        var newCase = app.get(As.EDITOR, "/cases/new", filters);
        BadInputApp.noServerError(newCase);
        page(newCase, filters);
    }

    @Provide
    Arbitrary<String> dealPages() {
        return Arbitraries.of("/deals/microsoft-mistral-ai-partnership", "/deals/microsoft-mistral-ai-partnership/timeline",
                "/deals/microsoft-mistral-ai-partnership/sources");
    }

    @Provide
    Arbitrary<String> days() {
        return Arbitraries.oneOf(BadInput.dates(), BadInput.anything());
    }

    /**
     * A deal page as of any typed day answers the page as it stood (200), no record on that day (404), or the
     * day refused beside the date picker (422; 400 for control characters), never a server error.
     */
    @Property(tries = 250)
    void aDealPageAsOfAnyDayAnswersThePageOrRefusesTheDay(@ForAll("dealPages") String page, @ForAll("days") String day,
            @ForAll("readers") As as) {
        BadInputApp.tried("GET /deals/{slug}{,/timeline,/sources}?asOf=");
        var result = app.get(as, page, Map.of("asOf", day));

        BadInputApp.noServerError(result);
        assertThat(result.getResponse().getStatus()).isIn(200, 400, 404, 422);
        page(result, Map.of("asOf", day));
    }

    private static final List<String> ADDRESSES = List.of("/deals/{x}", "/deals/{x}/timeline", "/deals/{x}/sources",
            "/deals/{x}/history", "/deals/{x}/bundle.json", "/deals/{x}/sources.csv", "/deals/{x}/events.atom",
            "/deals/{x}/edit", "/deals/{x}/events/new", "/parties/{x}", "/parties/{x}/network", "/parties/{x}/edit",
            "/parties/{x}/events.atom", "/cases/{x}", "/cases/{x}/edit", "/sources/{x}", "/sources/{x}/edit",
            "/events/{x}/edit", "/api/v1/deals/{x}", "/api/v1/deals/{x}/bundle", "/api/v1/parties/{x}",
            "/api/v1/cases/{x}", "/api/v1/sources/{x}", "/cases/{x}/phases/new",
            "/cases/cma-microsoft-mistral-ai/phases/{x}/edit", "/deals/microsoft-mistral-ai-partnership/watch/{x}");

    @Provide
    Arbitrary<String> addresses() {
        return Arbitraries.of(ADDRESSES);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(BadInput.anything(), BadInput.pages(),
                Arbitraries.of("9".repeat(18), "9".repeat(19), "0", "-1", "1", "00000000000000000001"));
    }

    /** An address naming nothing answers 404 (or the thing), whatever the slug or id holds. */
    @Property(tries = 400)
    void anAddressNamingNothingAnswersNotFound(@ForAll("addresses") String address, @ForAll("keys") String key) {
        BadInputApp.tried("GET " + address.replace("{x}", "{slug or id}").replaceAll("/api/v1/.*", "/api/v1/{...}"));
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(address, key).with(As.EDITOR.user());
        if (address.startsWith("/api/")) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        var result = app.perform(request);

        BadInputApp.noServerError(result);
        assertThat(result.getResponse().getStatus()).isIn(200, 400, 404);
        if (result.getHandler() instanceof HandlerMethod handler
                && handler.getBeanType().getSimpleName().equals("ApiController") && result.getResponse().getStatus() != 200) {
            assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }

    @Provide
    Arbitrary<String> apiLists() {
        return Arbitraries.of("/api/v1/deals", "/api/v1/sources", "/api/v1/cases", "/api/v1/parties");
    }

    @Provide
    Arbitrary<Map<String, String>> apiParameters() {
        var kinds = new LinkedHashMap<>(DEAL_FILTERS);
        kinds.putAll(Map.of("publisher", BadInput.text(), "risk", BadInput.enums(), "regulator", BadInput.text()));
        return parameters(kinds);
    }

    /** The API's lists answer JSON, or a 400 problem naming the bad parameter. */
    @Property(tries = 400)
    void theApiListsAnswerJsonOrAProblem(@ForAll("apiLists") String list,
            @ForAll("apiParameters") Map<String, String> parameters) {
        BadInputApp.tried("GET " + list);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(list)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        parameters.forEach(request::param);
        var result = app.perform(request);

        BadInputApp.noServerError(result);
        int status = result.getResponse().getStatus();
        assertThat(status).isIn(200, 400);
        assertThat(result.getResponse().getContentType()).startsWith(status == 200
                ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Provide
    Arbitrary<Bundles.Attack> bundleAttacks() {
        return Bundles.attacks();
    }

    /** An imported bundle with a bad value is refused whole as a problem, or stored as sent. */
    @Property(tries = 300)
    void theApiRefusesABadBundleWholeOrStoresItAsSent(@ForAll("bundleAttacks") Bundles.Attack attack) {
        BadInputApp.tried("POST /api/v1/bundles");
        int deals = app.count("deal");
        int sources = app.count("source");

        var result = app.perform(MockMvcRequestBuilders.post("/api/v1/bundles")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken)
                .contentType(MediaType.APPLICATION_JSON).content(attack.body()));

        BadInputApp.noServerError(result);
        int status = result.getResponse().getStatus();
        if (status != 201 && status != 200) {
            assertThat(status).isIn(400, 422);
            assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(BadInputApp.body(result)).contains("\"detail\"");
            assertThat(app.count("deal")).as("nothing imported").isEqualTo(deals);
            assertThat(app.count("source")).as("nothing imported").isEqualTo(sources);
            return;
        }
        assertThat(attack.value() instanceof String s && !s.isBlank() && BadInput.hasControl(s))
                .as("imported control characters").isFalse();
        if (attack.path().equals(List.of("deals", 0, "title"))) {
            String title = app.jdbc.sql("select title from deal where slug = :slug").param("slug", attack.slug())
                    .query(String.class).single();
            assertThat(title).as("stored as sent, stripped").isEqualTo(((String) attack.value()).strip());
            var page = app.get(As.EDITOR, "/deals/" + attack.slug(), Map.of());
            assertThat(BadInputApp.body(page)).contains(BadInput.escaped(title));
        }
    }

    private static boolean controlIn(Map<String, String> parameters) {
        return parameters.values().stream().anyMatch(BadInput::hasControl);
    }

    /** A list page answers any filter with the page or a 400, never a server error, and shows nothing raw. */
    private void listPage(As as, String path, Map<String, String> filters) {
        BadInputApp.tried("GET " + path);
        var result = app.get(as, path, filters);
        BadInputApp.noServerError(result);
        assertThat(result.getResponse().getStatus()).isIn(200, 400);
        page(result, filters);
    }

    /** A page shown for bad parameters holds no markup from them and no technical messages. */
    private static void page(MvcResult result, Map<String, String> parameters) {
        String body = BadInputApp.body(result);
        parameters.values().forEach(value -> Form.noRawMarkup(body, value));
        Form.clearMessages(body);
    }
}
