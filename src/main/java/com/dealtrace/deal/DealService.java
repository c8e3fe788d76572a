package com.dealtrace.deal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dealtrace.change.AsOf;
import com.dealtrace.database.KeysetPage;
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
        return brief(slug, audience, null);
    }

    /**
     * The brief, as the deal stood at the end of {@code asOf}'s day when it is not null: the deal must be one the
     * audience may read today and then; {@link AsOf.NotRecorded} if it was not (yet) on that day.
     */
    public DealBrief brief(String slug, Audience audience, AsOf asOf) {
        var row = queries.brief(slug, audience, asOf).orElseThrow(() -> missing(slug, audience, asOf));
        long id = row.header().id();
        return new DealBrief(row.header(), row.summary(), row.language(), row.briefing(), queries.participants(id, asOf),
                row.translations(), queries.cases(id, asOf), row.events(), row.sources(), row.watch());
    }

    /** The header with its key facts as the deal stood at the end of a day, in one statement like today's. */
    public DealHeader headerWithFacts(String slug, Audience audience, AsOf asOf) {
        if (asOf == null) {
            return headerWithFacts(slug, audience);
        }
        return queries.headerWithFacts(slug, audience, asOf).orElseThrow(() -> missing(slug, audience, asOf));
    }

    /**
     * Why a deal page as of a day found nothing: the deal is not one the audience may read today (404), or it was
     * not in Dealtrace, or not readable, on that day.
     */
    private RuntimeException missing(String slug, Audience audience, AsOf asOf) {
        if (asOf == null || queries.header(slug, audience).isEmpty()) {
            return new NotFoundException("Deal", slug);
        }
        return new AsOf.NotRecorded(slug, asOf.day());
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
        if (!filter.keyset() && KeysetPage.beyondNumbers(filter.pageNumber(), DealFilter.PAGE_SIZE)) {
            // nothing read: the page says how deep pages are reached
            return new DealListView(filter, List.of(), 0, false, filter.pageNumber(), 1, Map.of(), false, false);
        }
        var page = queries.list(filter, audience, language);
        int pages = (int) Math.max(1, (page.total() + DealFilter.PAGE_SIZE - 1) / DealFilter.PAGE_SIZE);
        return new DealListView(filter, page.deals(), page.total(), page.more(), filter.pageNumber(), pages,
                page.translations(), page.keyset().hasPrevious(!filter.keyset() && filter.pageNumber() == 1),
                page.keyset().hasNext());
    }
}
