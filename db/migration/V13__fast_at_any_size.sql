-- Fast at any size (issue 19, and the sortable deal list of issue 15): what the deal list sorts and filters by is
-- kept on the deal itself, so that every sort is an index scan that stops after one page; the source list and the
-- feeds get indexes in the order they read.

alter table deal
    add column event_count     integer not null default 0,
    add column source_count    integer not null default 0,
    add column latest_event_on date,
    add column grade_score     numeric(3, 2),
    add column grade           text,
    add column case_status     text;

comment on column deal.event_count is 'Live events; kept by deal_sort_keys triggers';
comment on column deal.case_status is 'Status of the deal''s latest regulatory case; kept by deal_sort_keys triggers';

-- Recomputes the kept columns of the given deals, from the same rules the deal pages use: live events, distinct cited
-- sources, the newest assessment, the case decided or opened last.
create function refresh_deal_sort_keys(deal_ids bigint[]) returns void
    language sql as $$
    update deal d set
        event_count = (select count(*) from event e where e.deal_id = d.id and e.deleted_at is null),
        latest_event_on = (select max(e.occurred_on) from event e where e.deal_id = d.id and e.deleted_at is null),
        source_count = (select count(distinct c.source_id) from citation c where c.deal_id = d.id),
        grade_score = a.score,
        grade = a.grade,
        case_status = (select rc.status from regulatory_case rc where rc.deal_id = d.id
                       order by coalesce(rc.decided_on, rc.opened_on) desc nulls last, rc.id desc limit 1)
    from deal d2
    left join lateral (select ca.score, ca.grade from confidence_assessment ca where ca.deal_id = d2.id and ca.status = 'CONFIRMED'
                       order by ca.assessed_at desc, ca.id desc limit 1) a on true
    where d.id = d2.id and d.id = any (deal_ids)
    $$;

-- One refresh per statement, for the deals its rows touched (a bulk insert of a million citations refreshes each
-- deal once, not once a row).
create function deal_sort_keys_changed() returns trigger
    language plpgsql as $$
    begin
        perform refresh_deal_sort_keys(array(select distinct deal_id from changed_rows));
        return null;
    end
    $$;

do $$
    declare
        t text;
    begin
        foreach t in array array['event', 'citation', 'confidence_assessment', 'regulatory_case'] loop
            execute format('create trigger %1$s_sort_keys_insert after insert on %1$I referencing new table as changed_rows '
                           || 'for each statement execute function deal_sort_keys_changed()', t);
            execute format('create trigger %1$s_sort_keys_update after update on %1$I referencing new table as changed_rows '
                           || 'for each statement execute function deal_sort_keys_changed()', t);
            execute format('create trigger %1$s_sort_keys_delete after delete on %1$I referencing old table as changed_rows '
                           || 'for each statement execute function deal_sort_keys_changed()', t);
        end loop;
    end
$$;

select refresh_deal_sort_keys(array(select id from deal));

-- Each sort of the deal list, newest / largest first and read backwards for the other direction (the list's
-- default order puts deals without a date last, which deal_announced_idx, nulls first, cannot serve).
create index deal_announced_sort_idx on deal (announced_on desc nulls last, id desc);
create index deal_title_sort_idx on deal (title, id);
create index deal_grade_sort_idx on deal (grade_score desc nulls last, id desc);
create index deal_sources_sort_idx on deal (source_count desc, id desc);
create index deal_events_sort_idx on deal (event_count desc, id desc);
create index deal_latest_event_sort_idx on deal (latest_event_on desc nulls last, id desc);
create index deal_case_status_sort_idx on deal (case_status, id);
create index deal_grade_idx on deal (grade);

-- The source list's order as one ascending key (publisher, risk from low to high, newest first, undated last, id),
-- so that a page is read off the index and the next page starts after the last row shown (keyset paging).
create index source_list_idx on source (lower(publisher_name),
    (case risk when 'LOW' then 0 when 'MEDIUM' then 1 else 2 end),
    (coalesce(date '3000-01-01' - published_on, 2147483647)), id);

-- The party list's order, read a page at a time.
create index party_list_idx on party (kind, name, id);

-- The feeds read the events changed last.
create index event_updated_idx on event (updated_at desc, id desc) where deleted_at is null;
