package com.dealtrace.history;

import com.dealtrace.change.Changed;
import com.dealtrace.change.ContentVersion;
import com.dealtrace.security.CurrentUser;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change log: listens for {@link Changed} events and records each, with who made it, when, and the fields it
 * altered. The listener runs in the transaction of the edit it records, so the two land or fail together.
 */
@Service
class History {

    private final JdbcClient jdbc;
    private final ContentVersion contentVersion;

    History(JdbcClient jdbc, ContentVersion contentVersion) {
        this.jdbc = jdbc;
        this.contentVersion = contentVersion;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(Changed change) {
        var entity = change.entity();
        var fields = change.fields();
        long changeId = jdbc.sql("""
                        insert into change_log (entity, entity_id, deal_id, action, summary, changed_by)
                        values (:entity, :entityId, :dealId, :action, :summary, :by)
                        returning id""")
                .param("entity", entity.name())
                .param("entityId", change.entityId())
                .param("dealId", change.dealId())
                .param("action", change.action().name())
                .param("summary", change.summary())
                .param("by", CurrentUser.name())
                .query(Long.class)
                .single();
        for (int i = 0; i < fields.size(); i++) {
            var field = fields.get(i);
            jdbc.sql("""
                            insert into change_log_field (change_id, position, field, old_value, new_value)
                            values (:change, :position, :field, :before, :after)""")
                    .param("change", changeId)
                    .param("position", i)
                    .param("field", field.field())
                    .param("before", field.before())
                    .param("after", field.after())
                    .update();
        }
        contentVersion.refreshAfterCommit();
    }
}
