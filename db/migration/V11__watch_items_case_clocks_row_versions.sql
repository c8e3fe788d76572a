-- Issue 14, items 3 to 5: watch items with a state, regulators' clocks, and the rows as they stood on a past date.

-- 1. What to watch. The deal keeps its lines (the editor's text area, bundles and the API read and write them);
-- each line is also an item with a state, kept in step with the lines by a trigger, so every writer of deals
-- (editor, bundle import, demo loader) makes items alike. A line taken out of the deal drops its open item.
create table watch_item (
    id                   bigint generated always as identity primary key,
    deal_id              bigint      not null references deal (id),
    position             integer     not null default 0,
    text                 text        not null check (length(trim(text)) > 0),
    state                text        not null default 'OPEN' check (state in ('OPEN', 'RESOLVED', 'DROPPED')),
    -- the event that answered it (Microsoft's note → the round it converted in)
    resolved_by_event_id bigint,
    version              integer     not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    foreign key (resolved_by_event_id, deal_id) references event (id, deal_id),
    check ((state = 'RESOLVED') = (resolved_by_event_id is not null)),
    unique (deal_id, text)
);
-- deleting an event checks the items it answered
create index watch_item_resolved_by_idx on watch_item (resolved_by_event_id, deal_id) where resolved_by_event_id is not null;

insert into watch_item (deal_id, position, text, created_at, updated_at)
select distinct on (d.id, trim(w.line)) d.id, w.ord - 1, trim(w.line), d.created_at, d.created_at
from deal d cross join lateral unnest(d.watch_items) with ordinality as w (line, ord)
where trim(w.line) <> ''
order by d.id, trim(w.line), w.ord;

create function deal_syncs_watch_items() returns trigger
    language plpgsql as $$
begin
    insert into watch_item (deal_id, position, text)
    select distinct on (trim(w.line)) new.id, w.ord - 1, trim(w.line)
    from unnest(new.watch_items) with ordinality as w (line, ord)
    where trim(w.line) <> ''
    order by trim(w.line), w.ord
    on conflict (deal_id, text) do nothing;
    update watch_item i set position = w.ord - 1
    from unnest(new.watch_items) with ordinality as w (line, ord)
    where i.deal_id = new.id and i.text = trim(w.line) and i.position <> w.ord - 1;
    update watch_item i set state = 'DROPPED', version = i.version + 1, updated_at = now()
    where i.deal_id = new.id and i.state = 'OPEN'
      and not exists (select 1 from unnest(new.watch_items) as l (line) where trim(l.line) = i.text);
    return null;
end
$$;
create trigger deal_syncs_watch_items after insert or update of watch_items on deal
    for each row execute function deal_syncs_watch_items();

-- resolving or dropping an item is recorded in the change history like any other edit
alter table change_log drop constraint change_log_entity_check;
alter table change_log add constraint change_log_entity_check
    check (entity in ('DEAL', 'EVENT', 'SOURCE', 'CITATION', 'CASE', 'PARTY', 'ASSESSMENT', 'WEIGHTS', 'USER',
                      'WATCH_ITEM'));

-- 2. Regulators' clocks. A case runs through phases (an invitation to comment, then Phase 1, ...); a phase with a
-- statutory clock has its deadline counted in the regulator's working days: weekends and the holidays below skipped.
create table regulator_holiday (
    calendar text not null check (calendar in ('CMA', 'EC')),
    day      date not null,
    name     text not null,
    primary key (calendar, day)
);

create table case_phase (
    id          bigint generated always as identity primary key,
    case_id     bigint      not null references regulatory_case (id) on delete cascade,
    phase       text        not null check (phase in ('CMA_INVITATION_TO_COMMENT', 'CMA_PHASE_1', 'CMA_PHASE_2',
                                                      'EC_PHASE_1', 'EC_PHASE_2', 'FTC_6B_STUDY', 'OTHER')),
    started_on  date        not null,
    -- EC Phase 1 runs 35 working days instead of 25 when commitments are offered
    remedies    boolean     not null default false,
    -- the statutory deadline, counted by the app from started_on when the phase is saved (and again at start-up,
    -- so that a year of holidays added later counts); null where the phase has no statutory clock
    deadline_on date,
    decided_on  date,
    version     integer     not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (decided_on is null or decided_on >= started_on),
    check (deadline_on is null or deadline_on > started_on)
);
create index case_phase_case_idx on case_phase (case_id, started_on, id);
create index case_phase_running_deadline_idx on case_phase (deadline_on, id) where decided_on is null;

-- Bank holidays in England and Wales (gov.uk/bank-holidays), which the CMA's working days skip.
insert into regulator_holiday (calendar, day, name) values
    ('CMA', '2023-01-02', 'New Year''s Day (substitute day)'),
    ('CMA', '2023-04-07', 'Good Friday'),
    ('CMA', '2023-04-10', 'Easter Monday'),
    ('CMA', '2023-05-01', 'Early May bank holiday'),
    ('CMA', '2023-05-08', 'Bank holiday for the coronation of King Charles III'),
    ('CMA', '2023-05-29', 'Spring bank holiday'),
    ('CMA', '2023-08-28', 'Summer bank holiday'),
    ('CMA', '2023-12-25', 'Christmas Day'),
    ('CMA', '2023-12-26', 'Boxing Day'),
    ('CMA', '2024-01-01', 'New Year''s Day'),
    ('CMA', '2024-03-29', 'Good Friday'),
    ('CMA', '2024-04-01', 'Easter Monday'),
    ('CMA', '2024-05-06', 'Early May bank holiday'),
    ('CMA', '2024-05-27', 'Spring bank holiday'),
    ('CMA', '2024-08-26', 'Summer bank holiday'),
    ('CMA', '2024-12-25', 'Christmas Day'),
    ('CMA', '2024-12-26', 'Boxing Day'),
    ('CMA', '2025-01-01', 'New Year''s Day'),
    ('CMA', '2025-04-18', 'Good Friday'),
    ('CMA', '2025-04-21', 'Easter Monday'),
    ('CMA', '2025-05-05', 'Early May bank holiday'),
    ('CMA', '2025-05-26', 'Spring bank holiday'),
    ('CMA', '2025-08-25', 'Summer bank holiday'),
    ('CMA', '2025-12-25', 'Christmas Day'),
    ('CMA', '2025-12-26', 'Boxing Day'),
    ('CMA', '2026-01-01', 'New Year''s Day'),
    ('CMA', '2026-04-03', 'Good Friday'),
    ('CMA', '2026-04-06', 'Easter Monday'),
    ('CMA', '2026-05-04', 'Early May bank holiday'),
    ('CMA', '2026-05-25', 'Spring bank holiday'),
    ('CMA', '2026-08-31', 'Summer bank holiday'),
    ('CMA', '2026-12-25', 'Christmas Day'),
    ('CMA', '2026-12-28', 'Boxing Day (substitute day)'),
    ('CMA', '2027-01-01', 'New Year''s Day'),
    ('CMA', '2027-03-26', 'Good Friday'),
    ('CMA', '2027-03-29', 'Easter Monday'),
    ('CMA', '2027-05-03', 'Early May bank holiday'),
    ('CMA', '2027-05-31', 'Spring bank holiday'),
    ('CMA', '2027-08-30', 'Summer bank holiday'),
    ('CMA', '2027-12-27', 'Christmas Day (substitute day)'),
    ('CMA', '2027-12-28', 'Boxing Day (substitute day)');

-- The European Commission's public holidays (published each year in the Official Journal, C series): fixed days,
-- the days around Easter, and 24 to 31 December.
insert into regulator_holiday (calendar, day, name)
select 'EC', make_date(y.year, f.month, f.day), f.name
from (values (2023), (2024), (2025), (2026), (2027)) as y (year)
cross join (values (1, 1, 'New Year''s Day'), (1, 2, 'Day after New Year''s Day'), (5, 1, 'Labour Day'),
                   (5, 9, 'Anniversary of the Schuman declaration'), (7, 21, 'Belgian National Day'),
                   (8, 15, 'Assumption'), (11, 1, 'All Saints'' Day'), (11, 2, 'All Souls'' Day'),
                   (12, 24, 'Christmas period'), (12, 25, 'Christmas Day'), (12, 26, 'Christmas period'),
                   (12, 27, 'Christmas period'), (12, 28, 'Christmas period'), (12, 29, 'Christmas period'),
                   (12, 30, 'Christmas period'), (12, 31, 'New Year''s Eve')) as f (month, day, name)
union
select 'EC', e.easter + o.days, o.name
from (values (date '2023-04-09'), (date '2024-03-31'), (date '2025-04-20'), (date '2026-04-05'),
             (date '2027-03-28')) as e (easter)
cross join (values (-3, 'Maundy Thursday'), (-2, 'Good Friday'), (1, 'Easter Monday'), (39, 'Ascension Day'),
                   (40, 'Day after Ascension Day'), (50, 'Whit Monday')) as o (days, name)
on conflict do nothing;

-- 3. Rows as they stood. The change log keeps each change's fields as display text (a date as "2024-02-26 (day)",
-- citations as source titles) and hard-deletes removed citations, which is not enough to rebuild a page of a past
-- day. So every write to the tables behind the deal pages also keeps the whole row, as it became, in row_version:
-- the row as of a moment is its newest version from before that moment (none, or a deletion, means it did not
-- exist). valid_from is now(), the transaction's start, the same instant the change log records for the edit.
create table row_version (
    id         bigint generated always as identity primary key,
    tbl        text        not null,
    row_key    text        not null,
    deal_id    bigint,
    valid_from timestamptz not null default now(),
    deleted    boolean     not null default false,
    data       jsonb       not null
);
create index row_version_deal_idx on row_version (deal_id, tbl, row_key, valid_from desc, id desc);
create index row_version_key_idx on row_version (tbl, row_key, valid_from desc, id desc);

create function row_version_data(r jsonb) returns jsonb
    language sql immutable parallel safe
    -- stored columns computed from the others (search vectors) are not kept
    return r - 'search';

create function row_version_key(r jsonb) returns text
    language sql immutable parallel safe
    return coalesce(r ->> 'id', (r ->> 'deal_id') || ':' || (r ->> 'language'));

create function row_version_deal(tbl text, r jsonb) returns bigint
    language sql immutable parallel safe
    return case tbl when 'deal' then (r ->> 'id')::bigint when 'source' then null else (r ->> 'deal_id')::bigint end;

create function row_version_record() returns trigger
    language plpgsql as $$
declare
    r jsonb;
begin
    if tg_op = 'DELETE' then
        r := to_jsonb(old);
    else
        r := to_jsonb(new);
    end if;
    insert into row_version (tbl, row_key, deal_id, deleted, data)
    values (tg_table_name, row_version_key(r), row_version_deal(tg_table_name, r), tg_op = 'DELETE',
            row_version_data(r));
    return null;
end
$$;

-- the rows already there: as they are now, from when they were made; a deleted deal or event also as it was
-- before its deletion
insert into row_version (tbl, row_key, deal_id, valid_from, data)
select 'deal', d.id::text, d.id, d.created_at, row_version_data(to_jsonb(d) || '{"deleted_at": null}') from deal d
union all
select 'deal', d.id::text, d.id, d.deleted_at, row_version_data(to_jsonb(d)) from deal d where d.deleted_at is not null
union all
select 'event', e.id::text, e.deal_id, e.created_at, row_version_data(to_jsonb(e) || '{"deleted_at": null}') from event e
union all
select 'event', e.id::text, e.deal_id, e.deleted_at, row_version_data(to_jsonb(e)) from event e
where e.deleted_at is not null
union all
select 'citation', c.id::text, c.deal_id, c.created_at, row_version_data(to_jsonb(c)) from citation c
union all
select 'source', s.id::text, null, s.created_at, row_version_data(to_jsonb(s)) from source s
union all
select 'confidence_assessment', a.id::text, a.deal_id, a.assessed_at, row_version_data(to_jsonb(a))
from confidence_assessment a
union all
select 'regulatory_case', rc.id::text, rc.deal_id, rc.created_at, row_version_data(to_jsonb(rc)) from regulatory_case rc
union all
select 'deal_participant', dp.id::text, dp.deal_id, d.created_at, row_version_data(to_jsonb(dp))
from deal_participant dp join deal d on d.id = dp.deal_id
union all
select 'deal_translation', t.deal_id || ':' || t.language, t.deal_id, d.created_at, row_version_data(to_jsonb(t))
from deal_translation t join deal d on d.id = t.deal_id
union all
select 'watch_item', w.id::text, w.deal_id, w.created_at, row_version_data(to_jsonb(w)) from watch_item w;

create trigger deal_row_version after insert or update or delete on deal
    for each row execute function row_version_record();
create trigger event_row_version after insert or update or delete on event
    for each row execute function row_version_record();
create trigger citation_row_version after insert or update or delete on citation
    for each row execute function row_version_record();
create trigger source_row_version after insert or update or delete on source
    for each row execute function row_version_record();
create trigger confidence_assessment_row_version after insert or update or delete on confidence_assessment
    for each row execute function row_version_record();
create trigger regulatory_case_row_version after insert or update or delete on regulatory_case
    for each row execute function row_version_record();
create trigger deal_participant_row_version after insert or update or delete on deal_participant
    for each row execute function row_version_record();
create trigger deal_translation_row_version after insert or update or delete on deal_translation
    for each row execute function row_version_record();
create trigger watch_item_row_version after insert or update or delete on watch_item
    for each row execute function row_version_record();
