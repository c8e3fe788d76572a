package com.dealtrace.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTML page of the app over the demo data, for the checks that must see them all (Nu Html Checker, axe): each
 * route with the least role that may open it, its addresses taken from the database, plus the pages a form shows
 * after a rejected or conflicting save or with a secret shown once. {@link #routesNotVisited} keeps the list honest: a new GET route that
 * answers HTML and is not listed here fails the checks.
 */
public final class EveryPage {

    /** GET routes that answer something other than an HTML page (besides /api/ and the bench profile's /bench/). */
    private static final Set<String> NOT_HTML = Set.of("/deals/{slug}/bundle.json", "/deals/{slug}/sources.csv",
            "/deals.csv", "/feeds/events.atom", "/deals/{slug}/events.atom", "/parties/{slug}/events.atom",
            "/feeds/inbox/{token}.atom");

    private final List<Route> routes;

    private EveryPage(List<Route> routes) {
        this.routes = routes;
    }

    /**
     * A form sent: open {@code page}, set {@code values} in the form whose action is {@code action}, send it with its
     * version one behind where {@code stale} (the conflict page); the server answers {@code status} with a page.
     */
    public record Submission(As role, String page, String action, Map<String, String> values, boolean stale, int status) {

        static Submission rejected(As role, String page, String action, Map<String, String> values) {
            return new Submission(role, page, action, values, false, 422);
        }

        public String describe() {
            return "POST " + action + (stale ? " (stale version)" : " " + values.keySet());
        }
    }

    private record Route(String pattern, As least, List<String> paths) {
    }

    private record Demo(List<String> deals, List<String> parties, List<String> cases, List<Long> sources, List<Long> events) {
    }

    public static EveryPage of(JdbcClient jdbc) {
        Demo demo = new Demo(
                jdbc.sql("select slug from deal where deleted_at is null and state = 'PUBLISHED' and visibility = 'PUBLIC' order by id")
                        .query(String.class).list(),
                jdbc.sql("select slug from party order by id").query(String.class).list(),
                jdbc.sql("select slug from regulatory_case order by id").query(String.class).list(),
                jdbc.sql("select id from source order by id").query(Long.class).list(),
                jdbc.sql("select id from event where deleted_at is null order by id").query(Long.class).list());
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("/", As.ANONYMOUS, List.of("/")));
        // pages by cursor too: one that leads somewhere, one that cannot be read, one whose deal is not in the list
        routes.add(new Route("/deals", As.ANONYMOUS, List.of("/deals", "/deals?type=PARTNERSHIP&grade=A",
                "/deals?grade=D", "/deals?from=26/02/2024&type=INVESTMENT",
                "/deals?sort=GRADE&reverse=true&page=2&after=" + demo.deals().get(0), "/deals?after=%3Cnot+a+slug%3E",
                "/deals?page=3&before=no-such-deal")));
        // each deal page also as it stood today (banner, date picker), and with a day that cannot be read (422)
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        routes.add(new Route("/deals/{slug}", As.ANONYMOUS, concat(each(demo.deals(), "/deals/%s"),
                each(demo.deals(), "/deals/%s?asOf=" + today), List.of("/deals/" + demo.deals().get(0) + "?asOf=2024-13-01"))));
        routes.add(new Route("/deals/{slug}/timeline", As.ANONYMOUS, concat(each(demo.deals(), "/deals/%s/timeline"),
                each(demo.deals(), "/deals/%s/timeline?asOf=" + today))));
        routes.add(new Route("/deals/{slug}/sources", As.ANONYMOUS, concat(each(demo.deals(), "/deals/%s/sources"),
                each(demo.deals(), "/deals/%s/sources?asOf=" + today))));
        routes.add(new Route("/deals/{slug}/watch/{id}", As.EDITOR,
                each(jdbc.sql("select d.slug || '/watch/' || w.id from watch_item w join deal d on d.id = w.deal_id order by w.id limit 2")
                        .query(String.class).list(), "/deals/%s")));
        routes.add(new Route("/cases/{slug}/phases/new", As.EDITOR, each(demo.cases(), "/cases/%s/phases/new")));
        routes.add(new Route("/cases/{slug}/phases/{id}/edit", As.EDITOR,
                each(jdbc.sql("select rc.slug || '/phases/' || p.id from case_phase p join regulatory_case rc on rc.id = p.case_id order by p.id")
                        .query(String.class).list(), "/cases/%s/edit")));
        routes.add(new Route("/deals/{slug}/history", As.ANALYST, each(demo.deals(), "/deals/%s/history")));
        routes.add(new Route("/parties", As.ANONYMOUS, List.of("/parties")));
        routes.add(new Route("/parties/{slug}", As.ANONYMOUS, each(demo.parties(), "/parties/%s")));
        routes.add(new Route("/parties/{slug}/network", As.ANONYMOUS, each(demo.parties(), "/parties/%s/network")));
        routes.add(new Route("/cases", As.ANONYMOUS, List.of("/cases", "/cases?status=OPEN", "/cases?q=partnership&regulator=cma",
                "/cases?page=2&after=" + demo.cases().get(0), "/cases?after=%3Cnot+a+slug%3E")));
        routes.add(new Route("/cases/{slug}", As.ANONYMOUS, each(demo.cases(), "/cases/%s")));
        routes.add(new Route("/sources", As.ANONYMOUS, List.of("/sources", "/sources?risk=MEDIUM")));
        routes.add(new Route("/sources/{id:\\d{1,18}}", As.ANONYMOUS, each(demo.sources(), "/sources/%s")));
        routes.add(new Route("/search", As.ANONYMOUS, List.of("/search", "/search?q=mistral", "/search?q=zzyzx")));
        routes.add(new Route("/login", As.ANONYMOUS, List.of("/login", "/login?error")));
        routes.add(new Route("/account/tokens", As.ANALYST, List.of("/account/tokens")));
        routes.add(new Route("/account/password", As.ANALYST, List.of("/account/password")));
        routes.add(new Route("/account/inbox", As.ANALYST, List.of("/account/inbox")));
        routes.add(new Route("/account/following", As.ANALYST, List.of("/account/following")));
        // the setup page answers 404 once an admin exists, as in the demo; FirstAdminTest opens its form
        routes.add(new Route("/setup", As.ANONYMOUS, List.of("/setup")));
        routes.add(new Route("/admin/tokens", As.ADMIN, List.of("/admin/tokens")));
        routes.add(new Route("/admin/users", As.ADMIN, List.of("/admin/users")));
        routes.add(new Route("/admin/weights", As.ADMIN, List.of("/admin/weights")));
        routes.add(new Route("/admin/deals/deleted", As.ADMIN, List.of("/admin/deals/deleted")));
        routes.add(new Route("/admin/disputes", As.ADMIN, List.of("/admin/disputes")));
        routes.add(new Route("/admin/proposals", As.ADMIN, List.of("/admin/proposals")));
        routes.add(new Route("/events/{id:\\d{1,18}}/resolve", As.EDITOR, each(demo.events().subList(0, 1), "/events/%s/resolve")));
        routes.add(new Route("/deals/new", As.EDITOR, List.of("/deals/new")));
        routes.add(new Route("/deals/{slug}/edit", As.EDITOR, each(demo.deals(), "/deals/%s/edit")));
        routes.add(new Route("/deals/{slug}/events/new", As.EDITOR, each(demo.deals(), "/deals/%s/events/new")));
        routes.add(new Route("/events/{id:\\d{1,18}}/edit", As.EDITOR, each(demo.events(), "/events/%s/edit")));
        routes.add(new Route("/sources/new", As.EDITOR, List.of("/sources/new")));
        routes.add(new Route("/sources/{id:\\d{1,18}}/edit", As.EDITOR, each(demo.sources(), "/sources/%s/edit")));
        routes.add(new Route("/parties/new", As.EDITOR, List.of("/parties/new")));
        routes.add(new Route("/parties/{slug}/edit", As.EDITOR, each(demo.parties(), "/parties/%s/edit")));
        routes.add(new Route("/cases/new", As.EDITOR, List.of("/cases/new")));
        routes.add(new Route("/cases/{slug}/edit", As.EDITOR, each(demo.cases(), "/cases/%s/edit")));
        routes.add(new Route("/bundles/import", As.EDITOR, List.of("/bundles/import")));
        // error pages: not found, and a request that cannot be read
        routes.add(new Route("(error)", As.ANONYMOUS, List.of("/deals/no-such-deal", "/cases?status=nonsense",
                "/deals/" + demo.deals().get(0) + "/timeline?asOf=2020-01-01")));
        return new EveryPage(List.copyOf(routes));
    }

    /** The pages this role may open, each once. */
    public List<String> pagesFor(As role) {
        return routes.stream().filter(r -> role.ordinal() >= r.least.ordinal())
                .flatMap(r -> r.paths.stream()).toList();
    }

    /** The forms sent back with errors, the conflict page, and the pages that show a secret once. */
    public List<Submission> submissions() {
        String deal = routes.stream().filter(r -> r.pattern.equals("/deals/{slug}")).findFirst().orElseThrow()
                .paths.get(0);
        String watch = routes.stream().filter(r -> r.pattern.equals("/deals/{slug}/watch/{id}")).findFirst().orElseThrow()
                .paths.get(0);
        return List.of(
                Submission.rejected(As.EDITOR, "/deals/new", "/deals/new", Map.of("title", " ")),
                new Submission(As.EDITOR, deal + "/edit", deal + "/edit", Map.of("title", "Renamed while someone else saved"), true, 409),
                Submission.rejected(As.EDITOR, deal + "/events/new", deal + "/events/new", Map.of("title", " ", "occurredOn", "next June")),
                // a new source typed in the event form: its mistakes beside its fields, and a known address offered
                Submission.rejected(As.EDITOR, deal + "/events/new", deal + "/events/new",
                        Map.of("title", "T", "occurredOn", "2024", "kind", "STATEMENT", "newSource.url", "ftp://nowhere")),
                Submission.rejected(As.EDITOR, deal + "/events/new", deal + "/events/new",
                        Map.of("title", "T", "occurredOn", "2024", "kind", "STATEMENT", "newSource.url", "https://mistral.ai/news/mistral-large",
                                "newSource.title", "Copy", "newSource.publisherName", "M", "newSource.publisherKind", "BLOG", "newSource.risk", "LOW")),
                Submission.rejected(As.EDITOR, "/sources/new", "/sources/new", Map.of("url", "ftp://nowhere", "title", " ")),
                Submission.rejected(As.EDITOR, "/parties/new", "/parties/new", Map.of("name", " ")),
                Submission.rejected(As.EDITOR, "/cases/new", "/cases/new", Map.of("title", " ")),
                Submission.rejected(As.EDITOR, "/bundles/import", "/bundles/import", Map.of()),
                // the pickers' Find step and a row added, as they come back without script
                new Submission(As.EDITOR, deal + "/events/new", deal + "/events/new",
                        Map.of("citations[0].source", "mistral", "find", "citations[0].source", "addRow", "citations"), false, 200),
                new Submission(As.EDITOR, "/deals/new", "/deals/new",
                        Map.of("participants[0].party", "zzyzx", "find", "participants[0].party"), false, 200),
                new Submission(As.EDITOR, "/cases/new", "/cases/new", Map.of("regulator", "commission", "find", "regulator"), false, 200),
                // a new party like a known one: held back with a link and "save anyway"
                new Submission(As.EDITOR, "/parties/new", "/parties/new", Map.of("name", "Mistral", "kind", "COMPANY"), false, 200),
                // a new deal and a new source like known ones: held back the same way
                new Submission(As.EDITOR, "/deals/new", "/deals/new", Map.of("title", "Microsoft and Mistral AI: Azure distribution partnership",
                        "type", "PARTNERSHIP", "status", "ACTIVE", "visibility", "PUBLIC", "language", "en"), false, 200),
                new Submission(As.EDITOR, "/sources/new", "/sources/new", Map.of("url", "https://news.example.org/every-page",
                        "title", "Microsoft and Mistral AI announce a new partnership", "publisherName", "Example News",
                        "publisherKind", "NEWS_OUTLET", "risk", "MEDIUM", "language", "en"), false, 200),
                Submission.rejected(As.ADMIN, deal + "/sources", deal + "/grade", Map.of("score", "1.4", "rationale", " ")),
                Submission.rejected(As.EDITOR, "/cases/cma-microsoft-mistral-ai/phases/new", "/cases/cma-microsoft-mistral-ai/phases/new",
                        Map.of("startedOn", "24/04/2024", "decidedOn", "2999-01-01")),
                Submission.rejected(As.EDITOR, watch, watch + "/resolve",
                        Map.of("event", "not an event")),
                Submission.rejected(As.ADMIN, "/admin/weights", "/admin/weights", Map.of("low", "2", "medium", "x")),
                Submission.rejected(As.ADMIN, "/admin/users", "/admin/users", Map.of("username", "A B", "displayName", " ")),
                Submission.rejected(As.ANALYST, "/account/password", "/account/password",
                        Map.of("current", "not it", "password", "short", "repeat", "")),
                // a saved search without a name, a digest without an address: back with the error beside the field
                Submission.rejected(As.ANALYST, "/deals?q=mistral", "/account/following/searches", Map.of("name", " ")),
                Submission.rejected(As.ANALYST, "/account/inbox", "/account/inbox/settings",
                        Map.of("email", "not an address", "digest", "DAILY")),
                // secrets shown once: a new token, a generated password (rows the checks remove again)
                new Submission(As.ANALYST, "/account/tokens", "/account/tokens", Map.of("name", "page check"), false, 200),
                new Submission(As.ANALYST, "/account/inbox", "/account/inbox/feed", Map.of(), false, 200),
                new Submission(As.ADMIN, "/admin/users", "/admin/users",
                        Map.of("username", "page-check", "displayName", "Page check", "password", ""), false, 200));
    }

    /** The app's GET routes that answer HTML and that no visit here covers. */
    public Set<String> routesNotVisited(RequestMappingHandlerMapping mappings) {
        Set<String> listed = new TreeSet<>();
        routes.forEach(r -> listed.add(r.pattern));
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            boolean json = info.getProducesCondition().getProducibleMediaTypes().contains(MediaType.APPLICATION_JSON);
            // the error controller answers the error dispatch; its pages are visited through missing addresses
            if (!get || json || method.getBeanType().getPackageName().startsWith("org.springframework")
                    || info.getPatternValues().contains("/error")) {
                return;
            }
            info.getPatternValues().stream()
                    .filter(p -> !p.startsWith("/api/") && !p.startsWith("/bench/") && !NOT_HTML.contains(p))
                    .filter(p -> !listed.contains(p))
                    .forEach(missing::add);
        });
        return missing;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static List<String> each(List<?> keys, String format) {
        return keys.stream().map(k -> format.formatted(k)).toList();
    }
}
