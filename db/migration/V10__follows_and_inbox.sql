-- Follows and the inbox (issue 14): a user follows a deal, a party (a regulator among them) or a saved search, and is
-- told of the changes to what they follow, read from the change log. Everything here is private to its user.

create table follow (
    id             bigint generated always as identity primary key,
    user_id        bigint      not null references app_user (id) on delete cascade,
    deal_id        bigint      references deal (id) on delete cascade,
    party_id       bigint      references party (id) on delete cascade,
    -- a saved search: the deal list's filters or a search query, under a name
    search_kind    text        check (search_kind in ('DEALS', 'SEARCH')),
    search_name    text        check (length(trim(search_name)) between 1 and 100),
    q              text        check (length(q) <= 200),
    deal_type      text        check (deal_type in ('PARTNERSHIP', 'INVESTMENT', 'ACQUISITION', 'ACQUI_HIRE',
                                                    'DISTRIBUTION', 'LICENSING', 'JOINT_VENTURE')),
    deal_status    text        check (deal_status in ('RUMOURED', 'ANNOUNCED', 'ACTIVE', 'UNDER_REVIEW', 'CLEARED',
                                                      'BLOCKED', 'ABANDONED', 'COMPLETED')),
    party          text        check (length(party) <= 200),
    region         text        check (length(region) <= 200),
    grade          text        check (grade in ('A', 'A/B', 'B/C', 'C/D', 'D')),
    announced_from date,
    announced_to   date,
    -- changes up to this one (the newest when the follow was made) are older than the follow and never told
    since_change   bigint      not null default 0,
    created_at     timestamptz not null default now(),
    check (num_nonnulls(deal_id, party_id, search_kind) = 1),
    check ((search_kind is null) = (search_name is null))
);
create unique index follow_user_deal_idx on follow (user_id, deal_id) where deal_id is not null;
create unique index follow_user_party_idx on follow (user_id, party_id) where party_id is not null;
create index follow_user_idx on follow (user_id, created_at);
create index follow_deal_idx on follow (deal_id);
create index follow_party_idx on follow (party_id);

-- Each user's inbox: what they have read, how they want to be told, and the secret of their private feed.
create table inbox_state (
    user_id         bigint      primary key references app_user (id) on delete cascade,
    -- every change up to this one is read; later ones read one by one are in inbox_read
    read_up_to      bigint      not null default 0,
    email           text        check (email ~ '^[^@\s]+@[^@\s]+$' and length(email) <= 254),
    -- the language the digest is written in: the one the user chose it in
    language        text        not null default 'en' check (language in ('en', 'es')),
    digest          text        not null default 'OFF' check (digest in ('OFF', 'DAILY', 'IMMEDIATE')),
    -- every change up to this one has been emailed (or was older than the choice of a digest)
    emailed_up_to   bigint      not null default 0,
    -- SHA-256 of the private feed's secret; null: no feed (never made, or revoked)
    feed_token_hash text        unique check (feed_token_hash ~ '^[0-9a-f]{64}$'),
    version         integer     not null default 0
);

create table inbox_read (
    user_id   bigint not null references app_user (id) on delete cascade,
    change_id bigint not null,
    primary key (user_id, change_id)
);

-- the changes of a deal after a user's mark, and the changes of one kind after it, for the inbox's one statement
create index change_log_deal_id_idx on change_log (deal_id, id);
