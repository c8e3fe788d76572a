package com.dealtrace.deal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The deal list page: one page of deals that match the filter, and what the filter form offers; titles translated
 * into the reader's language, by deal slug, where they exist. When {@code more}, more deals match than were counted
 * and {@code total} is a lower bound ("1,000+").
 */
public record DealListView(DealFilter filter, List<DealSummary> deals, long total, boolean more, int page, int pages,
        Map<String, Translation> translations) {

    /** The count the page shows: exact, or the bound it passed (shown with a "+"). */
    public long shownTotal() {
        return more ? total - 1 : total;
    }

    /** The list sorted by this column: its natural order, or reversed when it is the current, unreversed sort. */
    public String sortHref(DealSort column) {
        return href(1, column, filter.reverses(column) ? Boolean.TRUE : null);
    }

    /** Another page of the same list, filters and order kept. */
    public String pageHref(int number) {
        return href(number, filter.sort(), filter.reversed() ? Boolean.TRUE : null);
    }

    private String href(int number, DealSort sort, Boolean reverse) {
        return UriComponentsBuilder.fromPath("/deals")
                .queryParamIfPresent("q", text(filter.q()))
                .queryParamIfPresent("type", Optional.ofNullable(filter.type()))
                .queryParamIfPresent("status", Optional.ofNullable(filter.status()))
                .queryParamIfPresent("party", text(filter.party()))
                .queryParamIfPresent("region", text(filter.region()))
                .queryParamIfPresent("grade", Optional.ofNullable(filter.grade()))
                .queryParamIfPresent("from", Optional.ofNullable(filter.from()))
                .queryParamIfPresent("to", Optional.ofNullable(filter.to()))
                .queryParamIfPresent("sort", Optional.ofNullable(sort == DealSort.ANNOUNCED && reverse == null ? null : sort))
                .queryParamIfPresent("reverse", Optional.ofNullable(reverse))
                .queryParamIfPresent("page", Optional.of(number).filter(n -> n > 1))
                .encode()
                .build()
                .toUriString();
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

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
        return page < pages && deals.size() == DealFilter.PAGE_SIZE;
    }
}
