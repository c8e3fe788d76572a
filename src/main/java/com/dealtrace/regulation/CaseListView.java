package com.dealtrace.regulation;

import java.util.List;
import java.util.Optional;

import com.dealtrace.party.CaseStatus;
import com.dealtrace.party.PartyRef;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case list: one page of cases ({@value CaseService#PAGE_SIZE}, the most recently recorded first), grouped by
 * regulator, optionally narrowed to a regulator (its slug or words of its name), a status or words of the title.
 * Next and Previous carry the last or first case shown as a cursor, so that any page costs what the first does;
 * {@code page} is only the number shown. {@code cursorRejected}: the link's cursor could not be read and the list
 * starts at its first page; {@code cursorLost}: the cursor's case is no longer in the list.
 */
public record CaseListView(String regulator, CaseStatus status, String q, List<RegulatorCases> groups, int page,
        boolean hasPrevious, boolean hasNext, String first, String last, boolean cursorRejected, boolean cursorLost) {

    public List<CaseStatus> statuses() {
        return List.of(CaseStatus.values());
    }

    /** One regulator with its cases, open ones first. */
    public record RegulatorCases(PartyRef regulator, List<CaseSummary> cases) {
    }

    /** Whether the list has more than this one page, so the pager shows. */
    public boolean paged() {
        return hasPrevious || hasNext;
    }

    /** The next page: the cases recorded before the last one shown. */
    public String nextHref() {
        return href(page + 1, last, null);
    }

    /** The previous page, or the first page itself when that is where it is. */
    public String previousHref() {
        return page <= 2 || first == null ? href(1, null, null) : href(page - 1, null, first);
    }

    /** The first page with the same filters. */
    public String firstHref() {
        return href(1, null, null);
    }

    private String href(int number, String after, String before) {
        return UriComponentsBuilder.fromPath("/cases")
                .queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("regulator", Optional.ofNullable(regulator))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("page", Optional.of(number).filter(n -> n > 1))
                .queryParamIfPresent("after", Optional.ofNullable(after))
                .queryParamIfPresent("before", Optional.ofNullable(before))
                .encode()
                .build()
                .toUriString();
    }
}
