package com.dealtrace.event;

/** The page where an editor resolves the dispute over an event: its deal, and the event with both sides. */
public record ResolveView(String dealSlug, String dealTitle, TimelineEntry event) {
}
