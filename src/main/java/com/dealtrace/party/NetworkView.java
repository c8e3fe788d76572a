package com.dealtrace.party;

/** The party network page. */
public record NetworkView(String slug, String name, NetworkDrawing drawing) {
}
