package com.dealtrace.party;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every party by name, for the pickers of the editor forms and for turning their choices back into ids. */
public record PartyDirectory(List<Entry> entries) {

    /** One party. */
    public record Entry(long id, String slug, String name, PartyKind kind) {
    }

    public Optional<Entry> bySlug(String slug) {
        return entries.stream().filter(e -> e.slug().equals(slug)).findFirst();
    }

    public Map<Long, String> slugsById() {
        return entries.stream().collect(Collectors.toMap(Entry::id, Entry::slug));
    }

    public Map<String, String> namesBySlug() {
        return entries.stream().collect(Collectors.toMap(Entry::slug, Entry::name));
    }

    public Map<String, Entry> bySlug() {
        return entries.stream().collect(Collectors.toMap(Entry::slug, Function.identity()));
    }

    public List<Entry> regulators() {
        return entries.stream().filter(e -> e.kind() == PartyKind.REGULATOR || e.kind() == PartyKind.GOVERNMENT_BODY).toList();
    }

    public List<Entry> organisations() {
        return entries.stream().filter(e -> e.kind() != PartyKind.PERSON).toList();
    }
}
