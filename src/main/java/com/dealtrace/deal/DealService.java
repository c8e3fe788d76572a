package com.dealtrace.deal;

import com.dealtrace.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads deals for the deal list and the pages about one deal. */
@Service
@Transactional(readOnly = true)
public class DealService {

    private final DealQueries queries;

    DealService(DealQueries queries) {
        this.queries = queries;
    }

    /** The top of every page about one published deal. */
    public DealHeader header(String slug) {
        return queries.header(slug).orElseThrow(() -> new NotFoundException("Deal", slug));
    }

    public DealBrief brief(String slug) {
        var row = queries.brief(slug).orElseThrow(() -> new NotFoundException("Deal", slug));
        long id = row.header().id();
        return new DealBrief(row.header(), row.summary(), row.language(), row.briefing(), queries.participants(id),
                queries.translations(id), queries.cases(id), row.events(), row.sources());
    }

    public DealListView list(DealFilter filter) {
        var page = queries.list(filter);
        int pages = (int) Math.max(1, (page.total() + DealFilter.PAGE_SIZE - 1) / DealFilter.PAGE_SIZE);
        return new DealListView(filter, page.deals(), page.total(), filter.pageNumber(), pages, queries.partyOptions());
    }
}
