-- Benchmark data at scale 1: 2,000 parties, 10,000 deals, 200,000 events, 100,000 sources and 1,000,000 citations,
-- plus one heavy deal (200 events, 50 sources, 1,000 citations) whose text needs HTML escaping. BenchDataGenerator
-- puts the counts for its scale factor in place of ${parties}, ${deals} and ${sources}. Deterministic: every value
-- is derived from its row number, so two runs at one scale produce the same database.

insert into party (slug, name, kind, country, description, aliases)
select 'bench-party-' || n, 'Bench Party ' || n || ' ' || substr(md5('party' || n), 1, 6),
       (array['COMPANY', 'COMPANY', 'COMPANY', 'INVESTOR', 'REGULATOR'])[1 + n % 5],
       (array['US', 'FR', 'DE', 'GB', 'NL', 'JP'])[1 + n % 6], 'Generated party ' || n, '{}'
from generate_series(1, ${parties}) n;

insert into deal (slug, title, type, status, announced_on, summary, amount, currency, region, topic, impact,
                  operational_relevance, time_horizon, operating_surface, watch_items, visibility, state)
select 'bench-deal-' || n,
       'Bench deal ' || n || ': ' || (array['Azure', 'Nimbus', 'Orion', 'Vega', 'Atlas', 'Lumen'])[1 + n % 6] || ' '
           || (array['partnership', 'investment', 'acquisition', 'licence', 'venture'])[1 + n % 5] || ' '
           || substr(md5('deal' || n), 1, 8),
       (array['PARTNERSHIP', 'INVESTMENT', 'ACQUISITION', 'ACQUI_HIRE', 'DISTRIBUTION', 'LICENSING', 'JOINT_VENTURE'])[1 + n % 7],
       (array['RUMOURED', 'ANNOUNCED', 'ACTIVE', 'UNDER_REVIEW', 'CLEARED', 'BLOCKED', 'ABANDONED', 'COMPLETED'])[1 + n % 8],
       date '2015-01-01' + (n * 37) % 3900,
       'Generated summary of deal ' || n || '. ' || repeat(md5('summary' || n) || ' ', 6),
       case when n % 3 = 0 then (n % 97 + 1) * 1000000 end, case when n % 3 = 0 then 'EUR' end,
       (array['United States', 'France', 'European Union', 'Germany', 'United Kingdom', 'Japan'])[1 + n % 6]
           || ' / Global markets',
       'Topic ' || n % 50, (array['LOW', 'MEDIUM', 'HIGH'])[1 + n % 3], (array['LOW', 'MEDIUM', 'HIGH'])[1 + n % 3],
       (array['SHORT', 'MEDIUM', 'LONGER'])[1 + n % 3], array['Surface ' || n % 11, 'Surface ' || n % 13],
       array['Watch ' || n % 17, 'Watch ' || n % 19], case when n % 10 = 0 then 'MEMBERS' else 'PUBLIC' end, 'PUBLISHED'
from generate_series(1, ${deals}) n;

insert into deal_participant (deal_id, party_id, role, position)
select d.id, p.id, r.role, r.position
from generate_series(1, ${deals}) n
join deal d on d.slug = 'bench-deal-' || n
cross join lateral (values (1 + (n * 7) % ${parties}, 'PARTNER', 1), (1 + (n * 13 + 1) % ${parties}, 'INVESTOR', 2)) r (party, role, position)
join party p on p.slug = 'bench-party-' || r.party;

insert into source (title, publisher_name, publisher_kind, url, url_key, published_on, language, risk, summary)
select 'Bench source ' || n || ' ' || substr(md5('source' || n), 1, 10), 'Publisher ' || n % 700,
       (array['COMPANY', 'REGULATOR', 'NEWS_WIRE', 'NEWS_OUTLET', 'BLOG'])[1 + n % 5],
       'https://bench.example.org/source/' || n, 'bench.example.org/source/' || n, date '2015-01-01' + n % 3900, 'en',
       (array['LOW', 'MEDIUM', 'MEDIUM', 'HIGH'])[1 + n % 4], 'Generated summary of source ' || n
from generate_series(1, ${sources}) n;

-- 20 events a deal, the deal's id found by slug once
insert into event (deal_id, occurred_on, date_precision, kind, title, description)
select d.id, date '2015-01-01' + (n * 37) % 3900 + k * 11, 'DAY',
       (array['ANNOUNCEMENT', 'FUNDING', 'PRODUCT_RELEASE', 'STATEMENT', 'OTHER'])[1 + k % 5],
       'Event ' || k || ' of deal ' || n, 'Generated description ' || md5('event' || n || '-' || k)
from generate_series(1, ${deals}) n
join deal d on d.slug = 'bench-deal-' || n
cross join generate_series(1, 20) k;

-- 5 citations an event, from 5 different sources
insert into citation (source_id, deal_id, event_id, locator)
select 1 + ((e.id * 7 + k * 13) % ${sources}) + (select min(id) - 1 from source where url_key like 'bench.example.org/%'),
       e.deal_id, e.id, 'p. ' || k
from event e
join deal d on d.id = e.deal_id and d.slug like 'bench-deal-%'
cross join generate_series(0, 4) k;

insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by, assessed_at)
select d.id, s.score,
       case when s.score >= 0.90 then 'A' when s.score >= 0.75 then 'A/B' when s.score >= 0.55 then 'B/C'
            when s.score >= 0.35 then 'C/D' else 'D' end,
       'Generated rationale', 'bench', timestamptz '2024-01-01 00:00:00+00' + (d.id % 500) * interval '1 day'
from deal d
cross join lateral (select ((d.id * 37) % 101) / 100.0 as score) s
where d.slug like 'bench-deal-%' and d.id % 5 <> 0;

-- The heavy deal: 200 events, 50 sources, 1,000 citations, text full of characters that need escaping.
insert into deal (slug, title, type, status, announced_on, summary, region, watch_items, operating_surface,
                  visibility, state)
values ('heavy-deal', 'Heavy <deal> & "friends" of O''Brien', 'PARTNERSHIP', 'ACTIVE', '2020-01-01',
        repeat('<p>Summary & "quotes" of O''Brien</p> ', 20), 'Europe & <Americas>',
        array['<watch> & "this"'], array['<surface> & "that"'], 'PUBLIC', 'PUBLISHED');

insert into deal_participant (deal_id, party_id, role, position)
select d.id, p.id, 'PARTNER', p.id from deal d, party p where d.slug = 'heavy-deal' and p.slug in ('bench-party-1', 'bench-party-2');

insert into source (title, publisher_name, publisher_kind, url, url_key, published_on, language, risk, summary)
select 'Heavy source <' || n || '> & "co"', 'Heavy publisher ' || n % 20 || ' <&>',
       (array['COMPANY', 'REGULATOR', 'NEWS_WIRE', 'NEWS_OUTLET', 'BLOG'])[1 + n % 5],
       'https://heavy.example.org/source/' || n, 'heavy.example.org/source/' || n, date '2019-01-01' + n, 'en',
       (array['LOW', 'MEDIUM', 'HIGH'])[1 + n % 3], 'Summary <b>' || n || '</b> & "more"'
from generate_series(1, 50) n;

insert into event (deal_id, occurred_on, date_precision, kind, title, description)
select d.id,
       case when n % 3 = 2 then date_trunc('month', date '2020-01-01' + n * 3)::date else date '2020-01-01' + n * 3 end,
       case when n % 3 = 2 then 'MONTH' else 'DAY' end,
       (array['ANNOUNCEMENT', 'FUNDING', 'PRODUCT_RELEASE', 'REGULATORY_INQUIRY_OPENED', 'REGULATORY_DECISION', 'STATEMENT'])[1 + n % 6],
       'Heavy event <' || n || '> & "detail"', repeat('Description <i>' || n || '</i> & "text" ', 5)
from deal d, generate_series(1, 200) n
where d.slug = 'heavy-deal';

insert into citation (source_id, deal_id, event_id, quote, locator, note)
select s.id, e.deal_id, e.id, '<q>quoted & "said"</q>', 'p. <' || k || '>', 'note & <' || k || '>'
from (select e.*, row_number() over (order by e.id) as n from event e
      join deal d on d.id = e.deal_id and d.slug = 'heavy-deal') e
cross join generate_series(0, 4) k
join source s on s.url_key = 'heavy.example.org/source/' || (1 + (e.n * 3 + k * 7) % 50);

insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by)
select id, 0.81, 'A/B', 'Rationale <b>with</b> & "markup"', 'bench' from deal where slug = 'heavy-deal';

analyze;
