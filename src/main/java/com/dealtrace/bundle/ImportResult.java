package com.dealtrace.bundle;

import java.util.List;

/** What an import did: the deals it created, the deals it left alone because they exist, what else it added. */
public record ImportResult(List<String> createdDeals, List<String> existingDeals, int createdParties,
        int createdSources) {
}
