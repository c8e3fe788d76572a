package com.dealtrace.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.FieldChange;
import com.dealtrace.database.Rows;
import com.dealtrace.deal.DealService;
import com.dealtrace.security.Audience;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the history page of a deal. */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    private final DealService deals;
    private final JdbcClient jdbc;

    HistoryService(DealService deals, JdbcClient jdbc) {
        this.deals = deals;
        this.jdbc = jdbc;
    }

    public HistoryView dealHistory(String slug, Audience audience) {
        var deal = deals.header(slug, audience);
        Map<Long, List<FieldChange>> fields = new HashMap<>();
        jdbc.sql("""
                        select f.change_id, f.field, f.old_value, f.new_value
                        from change_log_field f join change_log c on c.id = f.change_id
                        where c.deal_id = :deal
                        order by f.change_id, f.position""")
                .param("deal", deal.id())
                .query((RowCallbackHandler) rs -> fields.computeIfAbsent(rs.getLong("change_id"), id -> new ArrayList<>())
                        .add(new FieldChange(rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"))));
        var changes = jdbc.sql("""
                        select id, entity, entity_id, action, summary, changed_by, changed_at
                        from change_log where deal_id = :deal
                        order by changed_at desc, id desc""")
                .param("deal", deal.id())
                .query((rs, row) -> new HistoryView.Change(Rows.enumOf(rs, "entity", ChangeEntity.class),
                        rs.getLong("entity_id"), Rows.enumOf(rs, "action", ChangeAction.class), rs.getString("summary"),
                        rs.getString("changed_by"), Rows.timestamp(rs, "changed_at"),
                        List.copyOf(fields.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        return new HistoryView(deal, changes);
    }
}
