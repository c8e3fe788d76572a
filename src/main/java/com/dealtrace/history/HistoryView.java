package com.dealtrace.history;

import java.time.OffsetDateTime;
import java.util.List;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.FieldChange;
import com.dealtrace.deal.DealHeader;

/** A deal's history page: every change to the deal and to its events, citations, cases and grades, newest first. */
public record HistoryView(DealHeader deal, List<Change> changes) {

    /** One recorded change. */
    public record Change(ChangeEntity entity, long entityId, ChangeAction action, String summary, String changedBy,
            OffsetDateTime changedAt, List<FieldChange> fields) {
    }
}
