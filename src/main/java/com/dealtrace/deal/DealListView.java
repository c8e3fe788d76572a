package com.dealtrace.deal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dealtrace.database.KeysetPage;
import com.dealtrace.database.Rows;
import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The deal list page: one page of deals that match the filter, and what the filter form offers; titles translated
 * into the reader's language, by deal slug, where they exist. When {@code more}, more deals match than were counted
 * and {@code total} is a lower bound ("1,000+"). Next and Previous carry the first or last deal shown as a cursor
 * (keyset paging), so that any page costs what the first does; {@code page} is then only the number shown.
 */
public record DealListView(DealFilter filter, List<DealSummary> deals, long total, boolean more, int page, int pages,
        Map<String, Translation> translations, boolean hasPrevious, boolean hasNext) {

    /** The count the page shows: exact, or the bound it passed (shown with a "+"). */
    public long shownTotal() {
        return more ? total - 1 : total;
    }

    /** The list sorted by this column: its natural order, or reversed when it is the current, unreversed sort. */
    public String sortHref(DealSort column) {
        return href(1, column, filter.reverses(column) ? Boolean.TRUE : null);
    }

    /** Another page of the same list by its number (an offset: for the first pages only), filters and order kept. */
    public String pageHref(int number) {
        return href(number, filter.sort(), filter.reversed() ? Boolean.TRUE : null, null, null);
    }

    /** The next page: the deals after the last one shown. */
    public String nextHref() {
        return href(page + 1, filter.sort(), filter.reversed() ? Boolean.TRUE : null,
                deals.isEmpty() ? null : deals.get(deals.size() - 1).slug(), null);
    }

    /** The previous page: the deals before the first one shown, or the first page itself when that is where it is. */
    public String previousHref() {
        if (page <= 2 || deals.isEmpty()) {
            return pageHref(1);
        }
        return href(page - 1, filter.sort(), filter.reversed() ? Boolean.TRUE : null, null, deals.get(0).slug());
    }

    /** Whether the page was asked for by a cursor that leads nowhere now (its deal gone from the list). */
    public boolean cursorLost() {
        return filter.keyset() && deals.isEmpty();
    }

    /** Whether the page was asked for by a number too deep to open by number alone (see {@link KeysetPage#DEEPEST_OFFSET}). */
    public boolean tooDeep() {
        return !filter.keyset() && KeysetPage.beyondNumbers(page, DealFilter.PAGE_SIZE);
    }

    /** Whether the search or the region is one or two letters, matched as whole words only. */
    public boolean wholeWordsOnly() {
        return Rows.wholeWordsOnly(filter.q()) || Rows.wholeWordsOnly(filter.region());
    }

    /** The deepest page its number opens. */
    public long deepestNumber() {
        return KeysetPage.deepestNumber(DealFilter.PAGE_SIZE);
    }

    /** Whether the list has more than this one page, so the pager shows. */
    public boolean paged() {
        return hasPrevious || hasNext;
    }

    private String href(int number, DealSort sort, Boolean reverse) {
        return href(number, sort, reverse, null, null);
    }

    private String href(int number, DealSort sort, Boolean reverse, String after, String before) {
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
                .queryParamIfPresent("after", Optional.ofNullable(after))
                .queryParamIfPresent("before", Optional.ofNullable(before))
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

}
