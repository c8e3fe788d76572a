-- Regulatory cases for the benchmark data, added to it as a set of their own (so that data generated before them
-- gets them too): one case for every tenth generated deal (1,000 at scale 1), a tenth of them on deals only members
-- see, opened by one of the generated regulators (every fifth party) in every status, half of them reviews. BenchDataGenerator puts the counts for its
-- scale factor in place of ${cases} and ${parties}. Deterministic, as the rest of the data.
insert into regulatory_case (slug, deal_id, regulator_id, jurisdiction, reference, title, opened_on, decided_on, status,
                             outcome)
select 'bench-case-' || n, d.id, r.id, (array['GB', 'EU', 'US', 'DE', 'FR', 'JP'])[1 + n % 6], 'BC/' || n,
       (array['Merger review', 'Market investigation', 'Partnership review', 'Licence inquiry'])[1 + n % 4]
           || ' of bench deal ' || k.deal,
       date '2016-01-01' + (n * 17) % 3000,
       case when n % 4 = 3 then date '2016-01-01' + (n * 17) % 3000 + 90 end,
       (array['MONITORING', 'OPEN', 'PHASE_2', 'CLOSED'])[1 + n % 4],
       case when n % 4 = 3 then (array['DOES_NOT_QUALIFY', 'CLEARED', 'CLEARED_WITH_REMEDIES', 'BLOCKED'])[1 + n / 4 % 4] end
from generate_series(1, ${cases}) n
cross join lateral (select n * 10 - n % 10 as deal) k
join deal d on d.slug = 'bench-deal-' || k.deal
join party r on r.slug = 'bench-party-' || 5 * (n % greatest(${parties} / 5, 1)) + 4;

analyze regulatory_case;
analyze deal;
