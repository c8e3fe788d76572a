package com.dealtrace.party;

import java.util.List;
import java.util.Optional;

import com.dealtrace.database.KeysetPage;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The party list: {@value #PAGE_SIZE} parties a page by kind and name, those whose name or an alias contains
 * {@code q} where it is given; {@code more} says whether another page follows, {@code hasPrevious} whether one comes
 * before. Next and Previous carry the last or first party shown (keyset paging); {@code page} is the number shown.
 * {@code tooDeep}: the page was asked for by a number too deep to open by number alone (see
 * {@link KeysetPage#DEEPEST_OFFSET}), and nothing was read.
 */
public record PartyListView(String q, int page, List<PartyListItem> parties, boolean more, boolean hasPrevious,
        boolean tooDeep) {

    public static final int PAGE_SIZE = 100;

    /** The deepest page its number opens. */
    public long deepestNumber() {
        return KeysetPage.deepestNumber(PAGE_SIZE);
    }

    /** The next page: the parties after the last one shown. */
    public String nextHref() {
        return href(page + 1, parties.isEmpty() ? null : parties.get(parties.size() - 1).slug(), null);
    }

    /** The previous page: the parties before the first one shown, or the first page itself from page 2. */
    public String previousHref() {
        return page <= 2 || parties.isEmpty() ? pageHref(1) : href(page - 1, null, parties.get(0).slug());
    }

    /** Another page of the same list, the search kept. */
    public String pageHref(int number) {
        return href(number, null, null);
    }

    private String href(int number, String after, String before) {
        return UriComponentsBuilder.fromPath("/parties")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(text -> !text.isBlank()))
                .queryParamIfPresent("page", Optional.of(number).filter(n -> n > 1))
                .queryParamIfPresent("after", Optional.ofNullable(after))
                .queryParamIfPresent("before", Optional.ofNullable(before))
                .encode()
                .build()
                .toUriString();
    }
}
