-- The domain of SPEC section 2: parties, deals and their participants, events, sources, citations,
-- regulatory cases and confidence assessments. Enumerations mirror the Java enums; their CHECK
-- constraints keep the database honest when something other than the app writes to it.

create extension if not exists pg_trgm;

create table party (
    id              bigint generated always as identity primary key,
    slug            text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name            text        not null check (length(trim(name)) > 0),
    kind            text        not null check (kind in ('COMPANY', 'PERSON', 'REGULATOR', 'GOVERNMENT_BODY', 'INVESTOR')),
    country         char(2)     check (country ~ '^[A-Z]{2}$'),
    website         text        check (website ~ '^https?://'),
    aliases         text[]      not null default '{}',
    description     text,
    -- people belong to an organisation (Arthur Mensch of Mistral AI); organisations have none
    organisation_id bigint      references party (id),
    position        text,
    version         integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (organisation_id is null or kind = 'PERSON'),
    check (organisation_id <> id)
);
create index party_organisation_idx on party (organisation_id);
create index party_kind_idx on party (kind);
create index party_name_trgm_idx on party using gin (name gin_trgm_ops);

create table deal (
    id                    bigint generated always as identity primary key,
    slug                  text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                 text        not null check (length(trim(title)) > 0),
    type                  text        not null check (type in ('PARTNERSHIP', 'INVESTMENT', 'ACQUISITION', 'ACQUI_HIRE',
                                                              'DISTRIBUTION', 'LICENSING', 'JOINT_VENTURE')),
    status                text        not null check (status in ('RUMOURED', 'ANNOUNCED', 'ACTIVE', 'UNDER_REVIEW', 'CLEARED',
                                                                'BLOCKED', 'ABANDONED', 'COMPLETED')),
    announced_on          date,
    summary               text        not null default '',
    amount                numeric(18, 2) check (amount >= 0),
    currency              char(3)     check (currency ~ '^[A-Z]{3}$'),
    amount_note           text,
    language              text        not null default 'en' check (language ~ '^[a-z]{2}$'),
    signal_type           text,
    region                text,
    market_class          text,
    category              text,
    primary_domain        text,
    topic                 text,
    impact                text        check (impact in ('LOW', 'MEDIUM', 'HIGH')),
    operational_relevance text        check (operational_relevance in ('LOW', 'MEDIUM', 'HIGH')),
    time_horizon          text        check (time_horizon in ('SHORT', 'MEDIUM', 'LONGER')),
    operating_surface     text[]      not null default '{}',
    watch_items           text[]      not null default '{}',
    visibility            text        not null default 'PUBLIC' check (visibility in ('PUBLIC', 'MEMBERS')),
    state                 text        not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED')),
    version               integer     not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    check ((amount is null) = (currency is null))
);
create index deal_type_idx on deal (type);
create index deal_status_idx on deal (status);
create index deal_announced_idx on deal (announced_on desc, id desc);
create index deal_state_visibility_idx on deal (state, visibility);
create index deal_region_trgm_idx on deal using gin (region gin_trgm_ops);
create index deal_title_trgm_idx on deal using gin (title gin_trgm_ops);

create table deal_translation (
    deal_id  bigint not null references deal (id) on delete cascade,
    language text   not null check (language ~ '^[a-z]{2}$'),
    title    text   not null check (length(trim(title)) > 0),
    summary  text   not null default '',
    version  integer not null default 0,
    primary key (deal_id, language)
);

create table deal_participant (
    id       bigint generated always as identity primary key,
    deal_id  bigint  not null references deal (id) on delete cascade,
    party_id bigint  not null references party (id),
    role     text    not null check (role in ('INVESTOR', 'INVESTEE', 'PARTNER', 'DISTRIBUTOR', 'ACQUIRER', 'TARGET',
                                              'LEAD_INVESTOR', 'REGULATOR', 'CONTEXT')),
    note     text,
    position integer not null default 0,
    unique (deal_id, party_id, role)
);
create index deal_participant_party_idx on deal_participant (party_id, deal_id);

create table regulatory_case (
    id                 bigint generated always as identity primary key,
    slug               text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    deal_id            bigint      not null references deal (id),
    regulator_id       bigint      not null references party (id),
    jurisdiction       text        not null check (jurisdiction ~ '^[A-Z]{2}$'),
    reference          text,
    title              text        not null check (length(trim(title)) > 0),
    url                text        check (url ~ '^https?://'),
    opened_on          date,
    decided_on         date,
    status             text        not null check (status in ('MONITORING', 'OPEN', 'PHASE_2', 'CLOSED')),
    outcome            text        check (outcome in ('DOES_NOT_QUALIFY', 'CLEARED', 'CLEARED_WITH_REMEDIES',
                                                      'REFERRED_TO_PHASE_2', 'BLOCKED', 'ABANDONED',
                                                      'MONITORING_WITHOUT_PROBE')),
    version            integer     not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    check (decided_on is null or opened_on is null or decided_on >= opened_on),
    check (status <> 'CLOSED' or outcome is not null)
);
create index regulatory_case_deal_idx on regulatory_case (deal_id);
create index regulatory_case_regulator_idx on regulatory_case (regulator_id, status);
create index regulatory_case_status_idx on regulatory_case (status);

create table event (
    id                 bigint generated always as identity primary key,
    deal_id            bigint      not null references deal (id),
    occurred_on        date        not null,
    date_precision     text        not null default 'DAY' check (date_precision in ('DAY', 'MONTH', 'YEAR')),
    kind               text        not null check (kind in ('ANNOUNCEMENT', 'FUNDING', 'PRODUCT_RELEASE',
                                                            'REGULATORY_INQUIRY_OPENED', 'REGULATORY_DECISION',
                                                            'STATEMENT', 'WATCH_ITEM_RESOLVED', 'OTHER')),
    title              text        not null check (length(trim(title)) > 0),
    description        text        not null default '',
    -- a milestone of a regulatory case, drawn as such on the timeline
    regulatory_case_id bigint      references regulatory_case (id),
    version            integer     not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    -- a month-precision date is stored as the first of its month, a year-precision one as 1 January
    check (date_precision = 'DAY'
        or (date_precision = 'MONTH' and extract(day from occurred_on) = 1)
        or (date_precision = 'YEAR' and extract(day from occurred_on) = 1 and extract(month from occurred_on) = 1)),
    unique (id, deal_id)
);
create index event_deal_date_idx on event (deal_id, occurred_on, id);
create index event_recent_idx on event (occurred_on desc, id desc);
create index event_case_idx on event (regulatory_case_id);
create index event_kind_idx on event (kind);

create table source (
    id                 bigint generated always as identity primary key,
    title              text        not null check (length(trim(title)) > 0),
    publisher_id       bigint      references party (id),
    publisher_name     text        not null check (length(trim(publisher_name)) > 0),
    publisher_kind     text        not null check (publisher_kind in ('COMPANY', 'REGULATOR', 'NEWS_WIRE', 'NEWS_OUTLET', 'BLOG')),
    url                text        not null check (url ~* '^https?://[^\s/]+'),
    -- the URL reduced to what identifies the document (see UrlNormalizer): two sources never share it
    url_key            text        not null unique,
    published_on       date,
    language           text        not null default 'en' check (language ~ '^[a-z]{2}$'),
    risk               text        not null check (risk in ('LOW', 'MEDIUM', 'HIGH')),
    summary            text        not null default '',
    notes              text,
    archive_url        text        check (archive_url ~* '^https?://[^\s/]+'),
    version            integer     not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index source_publisher_idx on source (publisher_id);
create index source_publisher_name_idx on source (lower(publisher_name), risk);
create index source_risk_idx on source (risk);
create index source_title_trgm_idx on source using gin (title gin_trgm_ops);

create table citation (
    id        bigint generated always as identity primary key,
    source_id bigint      not null references source (id),
    deal_id   bigint      not null references deal (id),
    -- null: the source supports the deal as a whole
    event_id  bigint,
    quote     text,
    locator   text,
    note      text,
    version   integer     not null default 0,
    created_at timestamptz not null default now(),
    foreign key (event_id, deal_id) references event (id, deal_id)
);
create unique index citation_unique_idx on citation (source_id, deal_id, coalesce(event_id, 0));
create index citation_deal_idx on citation (deal_id, source_id);
create index citation_event_idx on citation (event_id);

create table confidence_assessment (
    id          bigint generated always as identity primary key,
    deal_id     bigint        not null references deal (id),
    score       numeric(3, 2) not null check (score between 0 and 1),
    grade       text          not null check (grade in ('A', 'A/B', 'B/C', 'C/D', 'D')),
    rationale   text          not null check (length(trim(rationale)) > 0),
    assessed_by text          not null,
    assessed_at timestamptz   not null default now(),
    -- the grade is the band of the score on the scale of SPEC section 3
    check (grade = case
        when score >= 0.90 then 'A'
        when score >= 0.75 then 'A/B'
        when score >= 0.55 then 'B/C'
        when score >= 0.35 then 'C/D'
        else 'D' end)
);
create index confidence_assessment_deal_idx on confidence_assessment (deal_id, assessed_at desc, id desc);

-- The weights of the suggested score, one per risk level; admins tune them.
create table risk_weight (
    risk    text          primary key check (risk in ('LOW', 'MEDIUM', 'HIGH')),
    weight  numeric(3, 2) not null check (weight between 0 and 1),
    version integer       not null default 0
);
insert into risk_weight (risk, weight) values ('LOW', 0.60), ('MEDIUM', 0.30), ('HIGH', 0.10);

-- Data sets loaded once (the demo data), so that a restart or a second instance never loads them again.
create table data_load (
    name      text        primary key,
    loaded_at timestamptz not null default now()
);
