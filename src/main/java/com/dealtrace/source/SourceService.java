package com.dealtrace.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.dealtrace.database.KeysetPage;
import com.dealtrace.security.Audience;
import com.dealtrace.web.NotFoundException;
import com.dealtrace.web.Pick;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads sources for the source list and source pages. */
@Service
@Transactional(readOnly = true)
public class SourceService {

    private final SourceQueries queries;

    SourceService(SourceQueries queries) {
        this.queries = queries;
    }

    public SourceListView list(String publisher, Risk risk, int page) {
        return list(publisher, risk, page, null);
    }

    /**
     * The {@code page}-th page of the source list; where {@code after} is given, the page that starts after that
     * source (the next-page links carry it, so a deep page costs no more than the first).
     */
    public SourceListView list(String publisher, Risk risk, int page, Long after) {
        return list(publisher, risk, page, after, null);
    }

    /**
     * As {@link #list(String, Risk, int, Long)}, or where only {@code before} is given, the page that ends just before
     * that source (the previous-page links carry it): counted from the list's start, as the first page is.
     */
    public SourceListView list(String publisher, Risk risk, int page, Long after, Long before) {
        int current = Math.max(1, page);
        if (after == null && before == null && KeysetPage.beyondNumbers(current, SourceListView.PAGE_SIZE)) {
            // nothing read: the page says how deep pages are reached
            return new SourceListView(publisher, risk, List.of(), 0, false, current, 1, false, false, true);
        }
        boolean backwards = after == null && before != null;
        var found = queries.list(publisher, risk, current, after, before);
        long total = found.total() + (after == null ? 0 : (long) (current - 1) * SourceListView.PAGE_SIZE);
        int pages = (int) Math.min(Integer.MAX_VALUE,
                Math.max(1, (total + SourceListView.PAGE_SIZE - 1) / SourceListView.PAGE_SIZE));
        boolean previous = backwards ? found.earlier() : current > 1;
        boolean next = backwards || current < pages && found.sources().size() == SourceListView.PAGE_SIZE;
        return new SourceListView(publisher, risk, found.sources(), total, found.more(), current, pages, previous, next,
                false);
    }

    /** Sources matching the typed text for a picker, the deal's cited sources first (at most {@link Pick#LIMIT}). */
    public List<Pick> pick(String text, String dealSlug) {
        return queries.pick(Pick.clean(text), dealSlug == null ? "" : Pick.clean(dealSlug));
    }

    /** The source each typed value names (its number or its address); values naming none are left out. */
    public Map<String, Long> resolve(Collection<String> values) {
        return queries.resolve(values);
    }

    /** The titles of the given sources, by id; ids of sources that do not exist are left out. */
    public Map<Long, String> titles(Collection<Long> ids) {
        return queries.titles(ids);
    }

    public SourceView source(long id, Audience audience) {
        var source = queries.source(id).orElseThrow(() -> new NotFoundException("Source", id));
        return new SourceView(source.id(), source.title(), source.publisher(), source.publisherParty(),
                source.publisherKind(), source.url(), source.publishedOn(), source.language(), source.risk(),
                source.summary(), audience.isMember() ? source.notes() : null, source.archiveUrl(),
                queries.supports(id, audience));
    }

    /** Where an editor could cite the source: see {@link CiteOn}. One statement. */
    @Transactional(readOnly = true)
    public CiteOn citeOn(long id) {
        return queries.citeOn(id);
    }
}
