package com.dealtrace.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.dealtrace.security.Viewer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs imports: at most {@value #AT_ONCE} read and import at a time, so that the memory bundles take stays bounded
 * whatever arrives at once, and an import that collides with a concurrent one (both adding the same new party,
 * source or deal) is run again, when it sees what the other committed, instead of failing.
 */
@Component
public class BundleImporter {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int AT_ONCE = 2;
    private static final int ATTEMPTS = 4;

    private final BundleReader reader;
    private final BundleService bundles;
    private final Semaphore running = new Semaphore(AT_ONCE, true);

    BundleImporter(BundleReader reader, BundleService bundles) {
        this.reader = reader;
        this.bundles = bundles;
    }

    /** Too many imports at once, or one that kept colliding with others: try again shortly. */
    public static class Busy extends RuntimeException {

        Busy(String message) {
            super(message);
        }
    }

    /** Reads and imports one bundle (at most 5 MiB), or throws why not. */
    public ImportResult importFrom(InputStream body, Viewer importer) throws IOException {
        try {
            if (!running.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new Busy("Other imports are running; try again in a minute.");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new Busy("The import was interrupted; try again.");
        }
        try {
            var bundle = reader.read(body, MAX_BYTES, importer.admin());
            for (int attempt = 1; ; attempt++) {
                try {
                    return bundles.importBundle(bundle, importer);
                }
                catch (DuplicateKeyException | PessimisticLockingFailureException ex) {
                    if (attempt == ATTEMPTS) {
                        throw new Busy("The import kept colliding with other imports; try again.");
                    }
                }
            }
        }
        finally {
            running.release();
        }
    }
}
