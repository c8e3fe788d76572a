-- The origin class rule as a plain expression over the deal's direct parties, given as an array: a statement reads
-- the deal's direct parties once (from deal_participant by that name, so a deal read as of a past day uses that day's
-- participants) and PostgreSQL inlines this function into it, instead of running a subquery for every citation.
create function origin_class(direct bigint[], publisher bigint, publisher_kind text) returns text
    language sql immutable parallel safe
    return case
        when publisher = any(direct) then 'DIRECT'
        when publisher_kind = 'REGULATOR' then 'OFFICIAL'
        else 'INDEPENDENT' end;

-- The function of V12, for a deal by its id, now defined through the one above: one rule.
create or replace function origin_class(deal bigint, publisher bigint, publisher_kind text) returns text
    language sql stable parallel safe
    return origin_class(array(select dp.party_id from deal_participant dp
                              where dp.deal_id = deal and dp.role not in ('REGULATOR', 'CONTEXT')),
                        publisher, publisher_kind);
