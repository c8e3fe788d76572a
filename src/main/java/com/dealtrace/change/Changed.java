package com.dealtrace.change;

import java.util.List;

/**
 * A domain event: an edit service changed a curated object. Published inside the edit's transaction; the change log
 * listens and writes it there, so the edit and its record land or fail together.
 *
 * @param dealId the deal the change belongs to, or null for objects outside any one deal (parties, sources, users)
 */
public record Changed(ChangeEntity entity, long entityId, Long dealId, ChangeAction action, String summary,
        List<FieldChange> fields) {

    public Changed {
        fields = List.copyOf(fields);
    }
}
