package com.dealtrace.party;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.dealtrace.database.KeysetPage;
import com.dealtrace.security.Audience;
import com.dealtrace.web.Formats;
import com.dealtrace.web.NotFoundException;
import com.dealtrace.web.Pick;
import com.dealtrace.web.Slugs;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads parties for the party list and party pages. */
@Service
@Transactional(readOnly = true)
public class PartyService {

    private final PartyQueries queries;
    private final Formats formats;

    PartyService(PartyQueries queries, Formats formats) {
        this.queries = queries;
        this.formats = formats;
    }

    public PartyView party(String slug, Audience audience) {
        var row = queries.party(slug).orElseThrow(() -> new NotFoundException("Party", slug));
        var p = row.view();
        return new PartyView(p.slug(), p.name(), p.kind(), p.country(), p.website(), p.aliases(), p.description(),
                p.position(), p.organisation(), queries.deals(row.id(), audience), p.people(),
                queries.cases(row.id(), audience));
    }

    /** The network page: the party and the parties within two deals of it. */
    public NetworkView network(String slug, Audience audience) {
        var party = entry(slug);
        var words = new NetworkDrawing.Words(types -> formats.labels(types).toLowerCase(LocaleContextHolder.getLocale()),
                formats.message(new DefaultMessageSourceResolvable("party.network.reviews")));
        return new NetworkView(party.slug(), party.name(),
                NetworkDrawing.of(slug, queries.network(party.id(), audience), words));
    }

    /** One party by its slug: its id, name and kind. */
    public PartyEntry entry(String slug) {
        return queries.entry(slug).orElseThrow(() -> new NotFoundException("Party", slug));
    }

    /** The party with this id: its slug, name and kind. */
    public PartyEntry entry(long id) {
        var entry = queries.entries(List.of(id)).get(id);
        if (entry == null) {
            throw new NotFoundException("Party", id);
        }
        return entry;
    }

    /** The parties with these ids, by id; one statement. */
    public Map<Long, PartyEntry> entries(Collection<Long> ids) {
        return queries.entries(ids);
    }

    /** Parties matching the typed text for a picker, by name or alias, of the given kinds (all where empty). */
    public List<Pick> pick(String text, List<PartyKind> kinds) {
        return queries.pick(Pick.clean(text), kinds.stream().map(Enum::name).toList());
    }

    /** One page of the party list, those matching {@code q} (name or alias, in part) where it is given. */
    public PartyListView list(Audience audience, String q, int page) {
        return list(audience, q, page, null, null);
    }

    private static final java.util.regex.Pattern CURSOR = java.util.regex.Pattern.compile(Slugs.SHAPE);

    /**
     * One page of the party list: after ({@code after}) or before ({@code before}) the party with that slug where
     * one is given (a cursor that is not a slug is set aside: the first page), else the {@code page}-th page.
     */
    public PartyListView list(Audience audience, String q, int page, String after, String before) {
        int current = Math.max(1, page);
        String forward = after == null || after.isBlank() ? null : after.strip();
        String backward = forward != null || before == null || before.isBlank() ? null : before.strip();
        String cursor = forward != null ? forward : backward;
        if (cursor != null && (cursor.length() > 200 || !CURSOR.matcher(cursor).matches())) {
            cursor = null;
            backward = null;
            current = 1;
        }
        if (cursor == null && KeysetPage.beyondNumbers(current, PartyListView.PAGE_SIZE)) {
            // nothing read: the page says how deep pages are reached
            return new PartyListView(q == null ? "" : q.strip(), current, List.of(), false, false, true);
        }
        boolean backwards = backward != null && cursor != null;
        var found = KeysetPage.of(queries.list(audience, q, current, cursor, backwards), PartyListView.PAGE_SIZE, backwards);
        return new PartyListView(q == null ? "" : q.strip(), current, found.rows(), found.hasNext(),
                found.hasPrevious(cursor == null && current == 1), false);
    }
}
