package com.dealtrace.home;

import java.util.List;

import com.dealtrace.database.Rows;
import com.dealtrace.event.EventKind;
import com.dealtrace.regulation.CaseService;
import com.dealtrace.security.Audience;
import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.PartialDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the home page in three statements. */
@Service
@Transactional(readOnly = true)
public class HomeService {

    static final int RECENT_EVENTS = 12;
    static final int LIST_LIMIT = 10;
    static final int DEADLINES = 5;

    private final JdbcClient jdbc;
    private final CaseService cases;

    HomeService(JdbcClient jdbc, CaseService cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /** The home page with deal titles translated into {@code language} where a translation exists. */
    public HomeView home(Audience audience, String language) {
        var open = cases.openAndDeadlines(LIST_LIMIT, DEADLINES, audience);
        return new HomeView(recentEvents(audience, language), awaitingGrade(audience, language), open.open(),
                open.deadlines(), language);
    }

    /** The deal's title in :language, when it has a translation into it and was not written in it. */
    private static final String TRANSLATED_TITLE = """
            (select t.title from deal_translation t
             where t.deal_id = d.id and t.language = :language and t.language <> d.language) as translated_title""";

    private List<HomeView.RecentEvent> recentEvents(Audience audience, String language) {
        return jdbc.sql("""
                        select e.occurred_on, e.date_precision, e.kind, e.title, d.slug, d.title as deal_title,
                               (select count(*) from citation c where c.event_id = e.id) as sources, %s
                        from event e join deal d on d.id = e.deal_id
                        where e.deleted_at is null and %s
                        order by e.occurred_on desc, e.id desc
                        limit :limit
                        """.formatted(TRANSLATED_TITLE, audience.deals("d")))
                .param("limit", RECENT_EVENTS)
                .param("language", language)
                .query((rs, row) -> new HomeView.RecentEvent(
                        new PartialDate(Rows.date(rs, "occurred_on"), Rows.enumOf(rs, "date_precision", DatePrecision.class)),
                        Rows.enumOf(rs, "kind", EventKind.class), rs.getString("title"), rs.getString("slug"),
                        rs.getString("deal_title"), rs.getString("translated_title"), rs.getInt("sources")))
                .list();
    }

    private List<HomeView.AwaitingGrade> awaitingGrade(Audience audience, String language) {
        return jdbc.sql("""
                        select d.slug, d.title, d.announced_on,
                               (select count(distinct c.source_id) from citation c where c.deal_id = d.id) as sources,
                               %s
                        from deal d
                        where %s
                          and not exists (select 1 from confidence_assessment ca where ca.deal_id = d.id and ca.status = 'CONFIRMED')
                        order by d.announced_on desc nulls last, d.id desc
                        limit :limit
                        """.formatted(TRANSLATED_TITLE, audience.deals("d")))
                .param("limit", LIST_LIMIT)
                .param("language", language)
                .query((rs, row) -> new HomeView.AwaitingGrade(rs.getString("slug"), rs.getString("title"),
                        rs.getString("translated_title"), Rows.date(rs, "announced_on"), rs.getInt("sources")))
                .list();
    }
}
