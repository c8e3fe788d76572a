-- Accounts and roles, the change history of curated objects, and soft deletion of deals and events.

create table app_user (
    id            bigint generated always as identity primary key,
    username      text        not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
    display_name  text        not null check (length(trim(display_name)) > 0),
    password_hash text        not null,
    role          text        not null check (role in ('ANALYST', 'EDITOR', 'ADMIN')),
    enabled       boolean     not null default true,
    version       integer     not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

-- One row per change to a deal, event, source, citation, case, party, grade or weight: who, when and what.
create table change_log (
    id         bigint generated always as identity primary key,
    entity     text        not null check (entity in ('DEAL', 'EVENT', 'SOURCE', 'CITATION', 'CASE', 'PARTY',
                                                      'ASSESSMENT', 'WEIGHTS', 'USER')),
    entity_id  bigint      not null,
    -- the deal the change belongs to, so that a deal's history page is one indexed read
    deal_id    bigint      references deal (id),
    action     text        not null check (action in ('CREATED', 'UPDATED', 'DELETED', 'RESTORED', 'PUBLISHED',
                                                      'UNPUBLISHED')),
    summary    text        not null,
    changed_by text        not null,
    changed_at timestamptz not null default now()
);
create index change_log_deal_idx on change_log (deal_id, changed_at desc, id desc);
create index change_log_entity_idx on change_log (entity, entity_id, changed_at desc);

-- The fields one change altered, with their values before and after.
create table change_log_field (
    change_id bigint  not null references change_log (id) on delete cascade,
    position  integer not null,
    field     text    not null,
    old_value text,
    new_value text,
    primary key (change_id, position)
);

alter table deal add column deleted_at timestamptz;
alter table event add column deleted_at timestamptz;
create index deal_deleted_idx on deal (deleted_at) where deleted_at is not null;
create index event_deal_live_idx on event (deal_id, occurred_on, id) where deleted_at is null;
