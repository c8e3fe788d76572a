package com.dealtrace.deal;

import java.util.List;
import java.util.Optional;

import com.dealtrace.security.Audience;
import com.dealtrace.web.NotFoundException;
import com.dealtrace.web.Pick;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads deals for the deal list and the pages about one deal. */
@Service
@Transactional(readOnly = true)
public class DealService {

    public static final int EXPORT_LIMIT = 50_000;

    private final DealQueries queries;

    DealService(DealQueries queries) {
        this.queries = queries;
    }

    /** The top of every page about one deal the audience may see. */
    public DealHeader header(String slug, Audience audience) {
        return queries.header(slug, audience).orElseThrow(() -> new NotFoundException("Deal", slug));
    }

    /** The header with its key facts strip (the timeline and sources pages), in one statement. */
    public DealHeader headerWithFacts(String slug, Audience audience) {
        return queries.headerWithFacts(slug, audience).orElseThrow(() -> new NotFoundException("Deal", slug));
    }

    public DealHeader header(long id, Audience audience) {
        return queries.header(id, audience).orElseThrow(() -> new NotFoundException("Deal", id));
    }

    /** Every deal the audience may see, by title, for pickers. */
    /** Deals matching the typed text for a picker, drafts included (pickers are for editors). */
    public List<Pick> pick(String text) {
        return queries.pick(Pick.clean(text));
    }

    /** The deal a picker's value names, drafts included. */
    public Optional<DealRef> ref(String slug) {
        return slug == null || !Pick.couldBeSlug(slug.strip()) ? Optional.empty() : queries.ref(slug.strip());
    }

    public List<DealRef> refs(Audience audience) {
        return queries.refs(audience);
    }

    public DealBrief brief(String slug, Audience audience) {
        var row = queries.brief(slug, audience).orElseThrow(() -> new NotFoundException("Deal", slug));
        long id = row.header().id();
        return new DealBrief(row.header(), row.summary(), row.language(), row.briefing(), queries.participants(id),
                row.translations(), queries.cases(id), row.events(), row.sources());
    }

    /**
     * Deals that may already be the one described (a similar title, or the same parties announced in the same month),
     * at most five: what a bundle import reports for each deal it adds.
     */
    public List<String> similar(String title, List<String> partySlugs, java.time.LocalDate announcedOn) {
        return queries.similar(title, partySlugs, announcedOn).stream().map(pick -> pick.value()).toList();
    }

    /** Every deal that matches the filter (at most {@value #EXPORT_LIMIT}), for the CSV export. */
    public List<DealSummary> export(DealFilter filter, Audience audience) {
        return queries.list(filter.withoutPage(), audience, EXPORT_LIMIT, null).deals();
    }

    public DealListView list(DealFilter filter, Audience audience) {
        return list(filter, audience, null);
    }

    /** A page of the deal list, with the titles translated into {@code language} where a translation exists. */
    public DealListView list(DealFilter filter, Audience audience, String language) {
        var page = queries.list(filter, audience, language);
        int pages = (int) Math.max(1, (page.total() + DealFilter.PAGE_SIZE - 1) / DealFilter.PAGE_SIZE);
        return new DealListView(filter, page.deals(), page.total(), page.more(), filter.pageNumber(), pages,
                page.translations());
    }
}
