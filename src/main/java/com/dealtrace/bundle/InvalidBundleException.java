package com.dealtrace.bundle;

import java.util.List;

/**
 * A bundle that cannot be imported, and nothing was imported. It lists the first problems found (at most
 * {@value Problems#KEPT}) and counts them all.
 */
public class InvalidBundleException extends RuntimeException {

    private final transient List<BundleProblem> problems;
    private final int total;

    public InvalidBundleException(List<BundleProblem> problems, int total) {
        super(total + " problem(s) in the bundle");
        this.problems = List.copyOf(problems);
        this.total = Math.max(total, problems.size());
    }

    /** The first problems, in the order they were found. */
    public List<BundleProblem> problems() {
        return problems;
    }

    /** How many problems there are, listed or not. */
    public int total() {
        return total;
    }
}
