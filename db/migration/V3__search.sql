-- Full-text search across deals, parties, sources, events and regulatory cases: a stored tsvector per row with a
-- GIN index (English for the English text, Spanish for deal translations, "simple" for names), and trigram indexes
-- on names and titles for partial words.

alter table deal add column search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A')
    || setweight(to_tsvector('english', coalesce(topic, '') || ' ' || coalesce(region, '') || ' '
                 || coalesce(signal_type, '')), 'B')
    || setweight(to_tsvector('english', coalesce(summary, '')), 'C')) stored;
create index deal_search_idx on deal using gin (search);

alter table deal_translation add column search tsvector generated always as (
    setweight(to_tsvector('spanish', coalesce(title, '')), 'A')
    || setweight(to_tsvector('spanish', coalesce(summary, '')), 'C')) stored;
create index deal_translation_search_idx on deal_translation using gin (search);

alter table party add column search tsvector generated always as (
    setweight(to_tsvector('simple', coalesce(name, '')), 'A')
    || setweight(to_tsvector('english', coalesce(description, '') || ' ' || coalesce(position, '')), 'C')) stored;
create index party_search_idx on party using gin (search);

alter table source add column search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A')
    || setweight(to_tsvector('simple', coalesce(publisher_name, '')), 'B')
    || setweight(to_tsvector('english', coalesce(summary, '')), 'C')) stored;
create index source_search_idx on source using gin (search);
create index source_publisher_trgm_idx on source using gin (publisher_name gin_trgm_ops);

alter table event add column search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A')
    || setweight(to_tsvector('english', coalesce(description, '')), 'C')) stored;
create index event_search_idx on event using gin (search);
create index event_title_trgm_idx on event using gin (title gin_trgm_ops);

alter table regulatory_case add column search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A')
    || setweight(to_tsvector('simple', coalesce(reference, '')), 'B')) stored;
create index regulatory_case_search_idx on regulatory_case using gin (search);
create index regulatory_case_title_trgm_idx on regulatory_case using gin (title gin_trgm_ops);
