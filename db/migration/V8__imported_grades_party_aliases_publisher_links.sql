-- Grades that came in with a bundle. Only admins import grades, and an imported grade is recorded under the admin
-- who imported it, at the time of the import; what the bundle claimed (its assessor and time) is kept beside it as
-- a note, never as the assessor.
alter table confidence_assessment
    add column imported           boolean     not null default false,
    add column bundle_assessed_by text,
    add column bundle_assessed_at timestamptz,
    add constraint confidence_assessment_bundle_note_check
        check (imported or (bundle_assessed_by is null and bundle_assessed_at is null));

-- A party's aliases are searched and matched like its name ("MSFT", "Anthropic PBC", a regulator written "EC").
-- Both helpers only use built-in functions, so they are immutable and may compute stored columns.
create function party_names(name text, aliases text[]) returns text
    language sql immutable parallel safe
    return case when cardinality(aliases) > 0 then name || E'\n' || array_to_string(aliases, E'\n') else name end;

-- The keys a bundle may name a party by: its slug, its name or an alias, lower-cased.
create function party_match_keys(slug text, name text, aliases text[]) returns text[]
    language sql immutable parallel safe
    return array[slug, lower(name)]
        || case when cardinality(aliases) > 0 then string_to_array(lower(array_to_string(aliases, E'\n')), E'\n')
                else '{}'::text[] end;

alter table party add column names text generated always as (party_names(name, aliases)) stored;
create index party_names_trgm_idx on party using gin (names gin_trgm_ops);

alter table party add column match_keys text[] generated always as (party_match_keys(slug, name, aliases)) stored;
create index party_match_keys_idx on party using gin (match_keys);

-- the full-text column of V3, now with the aliases weighed like the name
drop index party_search_idx;
alter table party drop column search;
alter table party add column search tsvector generated always as (
    setweight(to_tsvector('simple', party_names(name, aliases)), 'A')
    || setweight(to_tsvector('english', coalesce(description, '') || ' ' || coalesce(position, '')), 'C')) stored;
create index party_search_idx on party using gin (search);

-- A source whose publisher is named like a party, or by one of its aliases, is that party's: saving or importing it
-- links it, so that the suggested score counts it with the party's other sources as one origin (issue 11).
create function source_links_publisher() returns trigger
    language plpgsql as $$
begin
    select p.id into new.publisher_id
    from party p
    where p.match_keys @> array[lower(trim(new.publisher_name))]
    order by lower(p.name) = lower(trim(new.publisher_name)) desc, p.id
    limit 1;
    return new;
end
$$;
create trigger source_links_publisher before insert or update on source
    for each row when (new.publisher_id is null) execute function source_links_publisher();
update source set publisher_name = publisher_name where publisher_id is null;
