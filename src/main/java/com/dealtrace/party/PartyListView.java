package com.dealtrace.party;

import java.util.List;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The party list: {@value #PAGE_SIZE} parties a page by kind and name, those whose name or an alias contains
 * {@code q} where it is given; {@code more} says whether another page follows.
 */
public record PartyListView(String q, int page, List<PartyListItem> parties, boolean more) {

    public static final int PAGE_SIZE = 100;

    public boolean hasPrevious() {
        return page > 1;
    }

    /** Another page of the same list, the search kept. */
    public String pageHref(int number) {
        return UriComponentsBuilder.fromPath("/parties")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(text -> !text.isBlank()))
                .queryParamIfPresent("page", Optional.of(number).filter(n -> n > 1))
                .encode()
                .build()
                .toUriString();
    }
}
