-- Issue 11, items 4 to 8: what a citation says of its event, how origins are classed and weighed, which rules a
-- grade was given under, and grades that a second admin confirms.

-- A citation supports its event, contradicts it, or only gives context; existing citations support.
alter table citation
    add column stance text not null default 'SUPPORTS' check (stance in ('SUPPORTS', 'CONTRADICTS', 'CONTEXT'));
-- the disputed queue finds events with a contradicting citation without reading the others
create index citation_contradicts_idx on citation (event_id, created_at) where stance = 'CONTRADICTS';

-- An event with a contradicting citation is disputed until an editor resolves it with a note (the note is also kept
-- in the change log); a contradicting citation added after the resolution opens the dispute again.
alter table event
    add column dispute_resolved_at timestamptz,
    add column dispute_resolved_by text,
    add column dispute_note        text,
    add constraint event_dispute_resolution_check
        check ((dispute_resolved_at is null) = (dispute_resolved_by is null)
            and (dispute_resolved_at is null) = (dispute_note is null)
            and (dispute_note is null or length(trim(dispute_note)) > 0));

-- The class of a source's voice in a deal: direct when its publisher is a participant speaking for itself (not as the
-- regulator or for context), official when the publisher is a regulator, court or filing, else independent.
create function origin_class(deal bigint, publisher bigint, publisher_kind text) returns text
    language sql stable parallel safe
    return case
        when exists (select 1 from deal_participant dp
                     where dp.deal_id = deal and dp.party_id = publisher and dp.role not in ('REGULATOR', 'CONTEXT'))
            then 'DIRECT'
        when publisher_kind = 'REGULATOR' then 'OFFICIAL'
        else 'INDEPENDENT' end;

-- The grading policy: the weight of each risk and the factor of each origin class. Every change is a new version,
-- so a grade can be read under the rules it was given under; the newest version is the one in force. Factors of
-- 1.00 for every class keep the formula of version 1 (the former risk_weight table).
create table grading_policy (
    version     integer       primary key check (version > 0),
    low         numeric(3, 2) not null check (low between 0 and 1),
    medium      numeric(3, 2) not null check (medium between 0 and 1),
    high        numeric(3, 2) not null check (high between 0 and 1),
    direct      numeric(3, 2) not null default 1.00 check (direct between 0 and 1),
    official    numeric(3, 2) not null default 1.00 check (official between 0 and 1),
    independent numeric(3, 2) not null default 1.00 check (independent between 0 and 1),
    created_by  text          not null,
    created_at  timestamptz   not null default now()
);
insert into grading_policy (version, low, medium, high, created_by)
select 1,
       coalesce(max(weight) filter (where risk = 'LOW'), 0.60),
       coalesce(max(weight) filter (where risk = 'MEDIUM'), 0.30),
       coalesce(max(weight) filter (where risk = 'HIGH'), 0.10),
       'system'
from risk_weight;
drop table risk_weight;

-- Each grade records the policy in force and the score suggested under it (unknown for grades given before).
-- With two-person grading on, a grade is first PROPOSED; another admin CONFIRMS or REJECTS it with a note.
alter table confidence_assessment
    add column policy_version  integer references grading_policy (version),
    add column suggested_score numeric(3, 2) check (suggested_score between 0 and 1),
    add column status          text not null default 'CONFIRMED' check (status in ('PROPOSED', 'CONFIRMED', 'REJECTED')),
    add column reviewed_by     text,
    add column reviewed_at     timestamptz,
    add column review_note     text,
    add constraint confidence_assessment_review_check
        check ((reviewed_by is null) = (reviewed_at is null)
            and (reviewed_by is null or (reviewed_by <> assessed_by and length(trim(review_note)) > 0))
            and (status <> 'REJECTED' or reviewed_by is not null));
create index confidence_assessment_policy_idx on confidence_assessment (policy_version);
create index confidence_assessment_proposed_idx on confidence_assessment (assessed_at) where status = 'PROPOSED';
create index confidence_assessment_confirmed_idx on confidence_assessment (deal_id, assessed_at desc, id desc)
    where status = 'CONFIRMED';

-- Settings of grading; one row.
create table grading_setting (
    id         boolean primary key default true check (id),
    two_person boolean not null default false
);
insert into grading_setting default values;
