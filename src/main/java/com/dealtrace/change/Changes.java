package com.dealtrace.change;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What edit services call after a change: publishes a {@link Changed} event in the edit's transaction. Features
 * depend on this, not on the change log that listens, so dependencies point one way.
 */
@Component
public class Changes {

    private final ApplicationEventPublisher events;

    Changes(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ChangeEntity entity, long entityId, Long dealId, ChangeAction action, String summary,
            List<FieldChange> fields) {
        events.publishEvent(new Changed(entity, entityId, dealId, action, summary, fields));
    }
}
