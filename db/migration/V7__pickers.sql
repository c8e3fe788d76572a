-- Type-ahead pickers of the editor forms: parties are found by their aliases too, by partial words (pg_trgm), so the
-- aliases get a trigram index. Titles and names already have theirs (V1, V3). A text[] cannot be indexed with
-- gin_trgm_ops directly; this immutable function gives the aliases as one text to index and to query alike.
create function party_aliases_text(aliases text[]) returns text
    language sql immutable parallel safe
    as $$ select array_to_string(aliases, ' ') $$;

create index party_aliases_trgm_idx on party using gin (party_aliases_text(aliases) gin_trgm_ops);
