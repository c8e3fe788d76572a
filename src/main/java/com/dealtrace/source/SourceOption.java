package com.dealtrace.source;

/** A source as the citation pickers offer it. */
public record SourceOption(long id, String title, String publisher, Risk risk) {
}
