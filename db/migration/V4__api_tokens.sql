-- Personal API tokens: only a SHA-256 hash of each token is kept; a revoked token stays for the record.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references app_user (id),
    name         text        not null check (length(trim(name)) > 0),
    token_hash   text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id, created_at desc);
