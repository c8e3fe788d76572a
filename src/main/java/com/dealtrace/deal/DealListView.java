package com.dealtrace.deal;

import java.util.List;
import java.util.Map;

import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;

/**
 * The deal list page: one page of deals that match the filter, and what the filter form offers; titles translated
 * into the reader's language, by deal slug, where they exist.
 */
public record DealListView(DealFilter filter, List<DealSummary> deals, long total, int page, int pages,
        Map<String, Translation> translations) {

    /** The deal's title in the reader's language, or null when only the original exists. */
    public Translation translation(String slug) {
        return translations.get(slug);
    }

    public List<DealType> types() {
        return List.of(DealType.values());
    }

    public List<DealStatus> statuses() {
        return List.of(DealStatus.values());
    }

    public List<Grade> grades() {
        return List.of(Grade.values());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
