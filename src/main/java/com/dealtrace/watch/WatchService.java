package com.dealtrace.watch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.Changes;
import com.dealtrace.change.FieldChange;
import com.dealtrace.database.Rows;
import com.dealtrace.deal.DealHeader;
import com.dealtrace.deal.DealService;
import com.dealtrace.deal.WatchState;
import com.dealtrace.security.Audience;
import com.dealtrace.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors resolve a deal's watch item with the event that answered it, or drop it; either is recorded in the change
 * history (entity WATCH_ITEM), which is what tells followers.
 */
@Service
@Transactional
public class WatchService {

    private final JdbcClient jdbc;
    private final DealService deals;
    private final Changes changeLog;

    WatchService(JdbcClient jdbc, DealService deals, Changes changeLog) {
        this.jdbc = jdbc;
        this.deals = deals;
        this.changeLog = changeLog;
    }

    /** The item page: the deal, the item, and the deal's events (newest first) to pick the answer from. */
    public record ItemPage(DealHeader deal, long id, String text, WatchState state, List<EventChoice> events) {
    }

    public record EventChoice(long id, String title, LocalDate occurredOn) {
    }

    private record Item(long id, long dealId, String text, WatchState state) {
    }

    @Transactional(readOnly = true)
    public ItemPage page(String dealSlug, long itemId) {
        var deal = deals.header(dealSlug, Audience.EDITOR);
        var item = item(deal.id(), itemId, false);
        var events = jdbc.sql("""
                        select id, title, occurred_on from event where deal_id = :deal and deleted_at is null
                        order by occurred_on desc, id desc""")
                .param("deal", deal.id())
                .query((rs, row) -> new EventChoice(rs.getLong("id"), rs.getString("title"), Rows.date(rs, "occurred_on")))
                .list();
        return new ItemPage(deal, item.id(), item.text(), item.state(), events);
    }

    /** Resolves an open item with one of its deal's events; false when the event is not one of them. */
    public boolean resolve(String dealSlug, long itemId, long eventId) {
        var deal = deals.header(dealSlug, Audience.EDITOR);
        var item = item(deal.id(), itemId, true);
        var event = jdbc.sql("select title from event where id = :id and deal_id = :deal and deleted_at is null")
                .param("id", eventId)
                .param("deal", deal.id())
                .query(String.class)
                .optional();
        if (event.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        update watch_item set state = 'RESOLVED', resolved_by_event_id = :event, version = version + 1,
                               updated_at = now()
                        where id = :id""")
                .param("event", eventId)
                .param("id", itemId)
                .update();
        changeLog.record(ChangeEntity.WATCH_ITEM, itemId, deal.id(), ChangeAction.UPDATED,
                "Resolved the watch item “" + item.text() + "” with the event “" + event.get() + "”",
                List.of(new FieldChange("watch.field.state", item.state().name(), WatchState.RESOLVED.name()),
                        new FieldChange("watch.field.event", null, event.get())));
        return true;
    }

    public void drop(String dealSlug, long itemId) {
        var deal = deals.header(dealSlug, Audience.EDITOR);
        var item = item(deal.id(), itemId, true);
        jdbc.sql("update watch_item set state = 'DROPPED', version = version + 1, updated_at = now() where id = :id")
                .param("id", itemId)
                .update();
        changeLog.record(ChangeEntity.WATCH_ITEM, itemId, deal.id(), ChangeAction.UPDATED,
                "Dropped the watch item “" + item.text() + "”",
                FieldChange.between(Map.of("watch.field.state", item.state().name()),
                        Map.of("watch.field.state", WatchState.DROPPED.name())));
    }

    /** The deal's item, locked when it is to change; only open items change. */
    private Item item(long dealId, long itemId, boolean toChange) {
        var item = jdbc.sql("select id, deal_id, text, state from watch_item where id = :id and deal_id = :deal"
                        + (toChange ? " for update" : ""))
                .param("id", itemId)
                .param("deal", dealId)
                .query((rs, row) -> new Item(rs.getLong("id"), rs.getLong("deal_id"), rs.getString("text"),
                        Rows.enumOf(rs, "state", WatchState.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Watch item", itemId));
        if (toChange && item.state() != WatchState.OPEN) {
            throw new NotFoundException("Open watch item", itemId);
        }
        return item;
    }
}
