package com.dealtrace.follow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.dealtrace.deal.Grade;
import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;
import com.dealtrace.web.PlainText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * "Save this search": a name, and the deal list's filters (kind {@code DEALS}) or a search query ({@code SEARCH}) as
 * they were on the page.
 */
@PlainText
public record SearchForm(@NotNull(message = "{typeMismatch}") Kind kind,
        @NotBlank(message = "{follow.search.name.needed}") @Size(max = 100, message = "{follow.search.name.long}") String name,
        @Size(max = 200, message = "{follow.search.long}") String q, DealType type, DealStatus status,
        @Size(max = 200, message = "{follow.search.long}") String party,
        @Size(max = 200, message = "{follow.search.long}") String region, Grade grade, LocalDate from, LocalDate to) {

    public enum Kind {
        DEALS, SEARCH
    }

    /** Whether anything narrows the search: a saved search of everything would tell of every change. */
    boolean narrows() {
        return !(blank(q) && type == null && status == null && blank(party) && blank(region) && grade == null
                && from == null && to == null);
    }

    /** The address of the saved search's page. */
    static String link(String kind, String q, String type, String status, String party, String region, String grade,
            LocalDate from, LocalDate to) {
        List<String> parameters = new ArrayList<>();
        add(parameters, "q", q);
        if ("SEARCH".equals(kind)) {
            return "/search" + query(parameters);
        }
        add(parameters, "type", type);
        add(parameters, "status", status);
        add(parameters, "party", party);
        add(parameters, "region", region);
        add(parameters, "grade", grade == null ? null : Grade.ofCode(grade).name());
        add(parameters, "from", from == null ? null : from.toString());
        add(parameters, "to", to == null ? null : to.toString());
        return "/deals" + query(parameters);
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String query(List<String> parameters) {
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
