package com.dealtrace.bundle;

/** One thing wrong with a bundle, with the JSON path of the value at fault, e.g. {@code $.deals[0].events[3].date}. */
public record BundleProblem(String path, String message) {
}
