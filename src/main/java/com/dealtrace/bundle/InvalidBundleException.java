package com.dealtrace.bundle;

import java.util.List;

/** A bundle that cannot be imported; every problem found is listed, and nothing was imported. */
public class InvalidBundleException extends RuntimeException {

    private final transient List<BundleProblem> problems;

    public InvalidBundleException(List<BundleProblem> problems) {
        super(problems.size() + " problem(s) in the bundle");
        this.problems = List.copyOf(problems);
    }

    public List<BundleProblem> problems() {
        return problems;
    }
}
