package com.dealtrace.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that drive a program from Debian's packages (chromium, sqlmap, pg_dump) skip with a clear message where it
 * is missing, except on CI ({@code CI=true}), where they must run: `.ci/run` installs them.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    public static void require(Path program, String what, String debianPackage) {
        if (Files.isExecutable(program)) {
            return;
        }
        unavailable(what + " need" + (what.endsWith("s") ? "" : "s") + " " + program + " (apt-get install "
                + debianPackage + ")");
    }

    /** Skips the test with this message, or fails it on CI. */
    public static void unavailable(String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + "; on CI (CI=true) it must run, not be skipped");
        }
        Assumptions.abort(message + "; skipping");
    }
}
