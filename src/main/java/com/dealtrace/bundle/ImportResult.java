package com.dealtrace.bundle;

import java.util.List;

/**
 * What an import did: the deals it created, the deals it left alone because they exist, the parties and sources it
 * added or matched to ones Dealtrace has, the grades it imported, and the new deals that look like known ones.
 */
public record ImportResult(List<String> createdDeals, List<String> existingDeals, int createdParties,
        List<Match> matchedParties, int createdSources, int matchedSources, int importedGrades,
        List<Similar> similarDeals) {

    /** A deal the import added (by its slug) that looks like deals Dealtrace already had: check before publishing. */
    public record Similar(String deal, List<String> like) {
    }

    /** A party of the bundle (by its slug there) that is a party Dealtrace has (by its slug here). */
    public record Match(String bundle, String party) {
    }

    /** Whether the import added anything: if not, importing it again was a no-op. */
    public boolean createdAnything() {
        return !createdDeals.isEmpty() || createdParties > 0 || createdSources > 0;
    }
}
