package com.dealtrace.deal;

/** A deal's title and summary in another language. */
public record Translation(String language, String title, String summary) {
}
