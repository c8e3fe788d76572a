package com.dealtrace.deal;

/** An item of a deal's "what to watch": open, resolved by an event (its id and title), or dropped. */
public record WatchLine(long id, String text, WatchState state, Long eventId, String eventTitle) {

    public boolean isOpen() {
        return state == WatchState.OPEN;
    }

    public boolean isResolved() {
        return state == WatchState.RESOLVED;
    }
}
