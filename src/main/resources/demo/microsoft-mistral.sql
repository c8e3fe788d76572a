-- Demo data: the February 2024 Microsoft–Mistral AI partnership, its context and the UK CMA case.
-- Facts come from the two seed documents; every description is written for Dealtrace.

insert into party (slug, name, kind, country, website, aliases, description) values
    ('microsoft', 'Microsoft', 'COMPANY', 'US', 'https://www.microsoft.com', '{"Microsoft Corporation","MSFT"}',
     'US software and cloud company; runs Azure, whose AI catalogue sells models from OpenAI, Mistral AI and others.'),
    ('mistral-ai', 'Mistral AI', 'COMPANY', 'FR', 'https://mistral.ai', '{"Mistral"}',
     'Paris-based developer of open-weight and commercial large language models, founded in 2023.'),
    ('uk-cma', 'Competition and Markets Authority', 'REGULATOR', 'GB',
     'https://www.gov.uk/government/organisations/competition-and-markets-authority', '{"CMA","UK CMA"}',
     'The United Kingdom''s competition regulator; reviews mergers and partnerships that may amount to one.'),
    ('european-commission', 'European Commission', 'REGULATOR', null, 'https://commission.europa.eu',
     '{"EC","Brussels"}', 'Executive of the European Union and its competition authority.'),
    ('european-parliament', 'European Parliament', 'GOVERNMENT_BODY', null, 'https://www.europarl.europa.eu',
     '{"EP"}', 'The elected legislature of the European Union.'),
    ('asml', 'ASML', 'COMPANY', 'NL', 'https://www.asml.com', '{"ASML Holding"}',
     'Dutch maker of lithography systems for chip manufacturing; lead investor in Mistral AI''s Series C.'),
    ('openai', 'OpenAI', 'COMPANY', 'US', 'https://openai.com', '{}',
     'US AI lab and Microsoft''s long-standing model partner on Azure.');

insert into party (slug, name, kind, country, organisation_id, position, description) values
    ('arthur-mensch', 'Arthur Mensch', 'PERSON', 'FR', (select id from party where slug = 'mistral-ai'),
     'Co-founder and chief executive', 'Leads Mistral AI; presented the Azure deal as a step for European start-ups.'),
    ('brad-smith', 'Brad Smith', 'PERSON', 'US', (select id from party where slug = 'microsoft'),
     'Vice chair and president', 'Spoke for Microsoft on the partnership and its support for European AI.'),
    ('brando-benifei', 'Brando Benifei', 'PERSON', 'IT', (select id from party where slug = 'european-parliament'),
     'Member of the European Parliament', 'Questioned whether minority stakes let large platforms steer AI start-ups.');

insert into deal (slug, title, type, status, announced_on, summary, amount, currency, amount_note, language,
                  signal_type, region, market_class, category, primary_domain, topic, impact, operational_relevance,
                  time_horizon, operating_surface, watch_items, visibility, state)
values ('microsoft-mistral-ai-partnership',
        'Microsoft and Mistral AI: Azure distribution partnership and convertible note',
        'PARTNERSHIP', 'ACTIVE', '2024-02-26',
        'In February 2024 Microsoft and Mistral AI signed a multi-year partnership. Mistral''s premium models, '
            || 'Mistral Large first, are sold to enterprises as a managed service in the Azure AI catalogue; Mistral '
            || 'trains and serves its models on Azure supercomputing capacity; and Microsoft put EUR 15 m into the '
            || 'company through a note that becomes equity at a later round. The deal matters more as a distribution '
            || 'channel and a second source of frontier models for Azure than as an investment. What analysts follow '
            || 'is whether a European model maker can grow through one hyperscaler''s marketplace and stay '
            || 'independent; the UK CMA looked at the arrangement in 2024 and found it was not a merger.',
        15000000.00, 'EUR', 'convertible note, to become equity at a later funding round', 'en',
        'AI model partnership and cloud distribution event',
        'United States / France / European Union / Global enterprise AI markets',
        'Cloud Service', 'Cloud Service', 'Technology',
        'Foundation-model distribution, Azure AI infrastructure and European AI competition',
        'HIGH', 'MEDIUM', 'LONGER',
        '{"Azure AI model catalog","Mistral Large distribution","Enterprise cloud procurement","Foundation-model marketplace billing","European AI regulatory scrutiny"}',
        '{"Mistral model roadmap independence","Azure AI infrastructure availability","Enterprise marketplace adoption","Multi-cloud model access","How competition regulators read hyperscaler influence","Whether Microsoft converts its note in a later round"}',
        'PUBLIC', 'PUBLISHED'),
       ('asml-mistral-ai-series-c',
        'ASML leads Mistral AI''s EUR 1.7 bn Series C',
        'INVESTMENT', 'COMPLETED', '2025-09-09',
        'Mistral AI raised EUR 1.7 bn in a Series C round led by the Dutch chip-equipment maker ASML. The round is '
            || 'the first after Microsoft''s 2024 convertible note, so it is where that note could turn into shares; '
            || 'no source in Dealtrace yet confirms what happened to it.',
        1700000000.00, 'EUR', 'Series C equity round', 'en',
        'AI funding round', 'France / Netherlands / European Union', 'AI Models', 'Funding', 'Technology',
        'European AI funding and industrial investors', 'MEDIUM', 'LOW', 'MEDIUM',
        '{"Mistral AI capital structure"}',
        '{"Whether Microsoft''s note converted in the round","ASML''s influence on Mistral''s roadmap"}',
        'PUBLIC', 'PUBLISHED');

insert into deal_translation (deal_id, language, title, summary) values
    ((select id from deal where slug = 'microsoft-mistral-ai-partnership'), 'es',
     'Microsoft y Mistral AI: distribución en Azure y préstamo convertible',
     'En febrero de 2024 Microsoft y Mistral AI firmaron una alianza de varios años. Los modelos de pago de Mistral, '
         || 'empezando por Mistral Large, se venden a empresas como servicio gestionado en el catálogo de Azure AI; '
         || 'Mistral entrena y sirve sus modelos en la infraestructura de Azure; y Microsoft aportó 15 millones de '
         || 'euros mediante un préstamo convertible en acciones en una ronda posterior. La CMA británica examinó '
         || 'la operación en 2024 y concluyó que no constituía una concentración sujeta a control.');

insert into deal_participant (deal_id, party_id, role, note, position)
select d.id, p.id, v.role, v.note, v.position
from (values
    ('microsoft-mistral-ai-partnership', 'microsoft', 'PARTNER', null, 1),
    ('microsoft-mistral-ai-partnership', 'microsoft', 'INVESTOR', 'Holds the EUR 15 m convertible note.', 2),
    ('microsoft-mistral-ai-partnership', 'microsoft', 'DISTRIBUTOR', 'Sells Mistral models through Azure AI.', 3),
    ('microsoft-mistral-ai-partnership', 'mistral-ai', 'PARTNER', null, 4),
    ('microsoft-mistral-ai-partnership', 'mistral-ai', 'INVESTEE', null, 5),
    ('microsoft-mistral-ai-partnership', 'uk-cma', 'REGULATOR', 'Found the partnership did not qualify for a merger investigation.', 6),
    ('microsoft-mistral-ai-partnership', 'european-commission', 'REGULATOR', 'Watched the deal without opening a formal probe.', 7),
    ('microsoft-mistral-ai-partnership', 'openai', 'CONTEXT', 'Microsoft''s main model partner; not a party to this deal.', 8),
    ('microsoft-mistral-ai-partnership', 'asml', 'CONTEXT', 'Led the 2025 round in which the note could convert.', 9),
    ('asml-mistral-ai-series-c', 'asml', 'LEAD_INVESTOR', null, 1),
    ('asml-mistral-ai-series-c', 'mistral-ai', 'INVESTEE', null, 2),
    ('asml-mistral-ai-series-c', 'microsoft', 'CONTEXT', 'Holder of the 2024 convertible note.', 3)
) as v (deal, party, role, note, position)
join deal d on d.slug = v.deal
join party p on p.slug = v.party;

insert into regulatory_case (slug, deal_id, regulator_id, jurisdiction, reference, title, url, opened_on, decided_on,
                             status, outcome)
values ('cma-microsoft-mistral-ai',
        (select id from deal where slug = 'microsoft-mistral-ai-partnership'),
        (select id from party where slug = 'uk-cma'), 'GB', null,
        'Microsoft / Mistral AI partnership merger inquiry',
        'https://www.gov.uk/cma-cases/microsoft-slash-mistral-ai-partnership-merger-inquiry',
        '2024-04-24', '2024-05-17', 'CLOSED', 'DOES_NOT_QUALIFY'),
       ('ec-microsoft-mistral-ai-monitoring',
        (select id from deal where slug = 'microsoft-mistral-ai-partnership'),
        (select id from party where slug = 'european-commission'), 'EU', null,
        'Informal watch on the Microsoft / Mistral AI partnership',
        null, null, null, 'MONITORING', 'MONITORING_WITHOUT_PROBE');

-- the CMA's timetable: an invitation to comment on 24 April 2024, then on 17 May 2024 the decision that the
-- partnership does not qualify; no formal Phase 1 (and so no statutory clock) was ever started
insert into case_phase (case_id, phase, started_on, decided_on)
values ((select id from regulatory_case where slug = 'cma-microsoft-mistral-ai'), 'CMA_INVITATION_TO_COMMENT',
        '2024-04-24', '2024-05-17');

insert into event (deal_id, occurred_on, date_precision, kind, title, description, regulatory_case_id)
select d.id, v.occurred_on::date, v.date_precision, v.kind, v.title, v.description, rc.id
from (values
    ('microsoft-mistral-ai-partnership', '2023-12-01', 'MONTH', 'FUNDING',
     'Mistral AI raises a round at a EUR 2 bn valuation',
     'Two months before the Microsoft deal, Mistral closes a round that values it at about EUR 2 bn.', null),
    ('microsoft-mistral-ai-partnership', '2024-02-26', 'DAY', 'ANNOUNCEMENT',
     'Microsoft and Mistral AI announce a multi-year partnership',
     'The partnership covers Azure AI supercomputing for training and serving, Mistral''s premium models in Azure '
         || 'AI Studio and Azure Machine Learning, and possible joint work for selected customers, including '
         || 'European public-sector ones.', null),
    ('microsoft-mistral-ai-partnership', '2024-02-26', 'DAY', 'PRODUCT_RELEASE',
     'Mistral Large launches with Azure as its first distribution partner',
     'Mistral releases its flagship model on its own platform and on Azure the same day; on Azure it is offered as '
         || 'a pay-as-you-go endpoint in the Models-as-a-Service catalogue.', null),
    ('microsoft-mistral-ai-partnership', '2024-02-27', 'DAY', 'FUNDING',
     'Microsoft''s EUR 15 m convertible note is reported',
     'Press reports put Microsoft''s stake at EUR 15 m, invested as a note that converts into equity at Mistral''s '
         || 'next round; Microsoft confirms the amount to reporters.', null),
    ('microsoft-mistral-ai-partnership', '2024-04-24', 'DAY', 'REGULATORY_INQUIRY_OPENED',
     'CMA invites comment on the partnership',
     'The UK competition authority asks for views on whether the arrangement amounts to a merger it can review.',
     'cma-microsoft-mistral-ai'),
    ('microsoft-mistral-ai-partnership', '2024-05-17', 'DAY', 'REGULATORY_DECISION',
     'CMA: the partnership does not qualify for investigation',
     'The CMA finds that the infrastructure, distribution and convertible-loan terms do not give Microsoft the '
         || 'material influence a relevant merger situation needs, and closes the case.',
     'cma-microsoft-mistral-ai'),
    ('microsoft-mistral-ai-partnership', '2025-06-01', 'MONTH', 'PRODUCT_RELEASE',
     'Mistral announces its Magistral reasoning models',
     'Mistral extends its line-up with reasoning models, a sign of a roadmap of its own beyond the Azure catalogue.',
     null),
    ('microsoft-mistral-ai-partnership', '2025-09-01', 'MONTH', 'FUNDING',
     'ASML leads Mistral''s EUR 1.7 bn Series C',
     'The first round after the note; whether Microsoft converted is one of the items to watch.', null),
    ('asml-mistral-ai-series-c', '2025-09-01', 'MONTH', 'FUNDING',
     'Series C of EUR 1.7 bn closes with ASML as lead investor',
     'ASML leads the round and becomes a major shareholder of Mistral AI.', null)
) as v (deal, occurred_on, date_precision, kind, title, description, case_slug)
join deal d on d.slug = v.deal
left join regulatory_case rc on rc.slug = v.case_slug;

insert into source (title, publisher_id, publisher_name, publisher_kind, url, url_key, published_on, language, risk,
                    summary)
values
    ('Microsoft and Mistral AI announce new partnership', (select id from party where slug = 'microsoft'),
     'Microsoft', 'COMPANY',
     'https://azure.microsoft.com/en-us/blog/microsoft-and-mistral-ai-announce-new-partnership-to-accelerate-ai-innovation-and-introduce-mistral-large-first-on-azure/',
     'azure.microsoft.com/en-us/blog/microsoft-and-mistral-ai-announce-new-partnership-to-accelerate-ai-innovation-and-introduce-mistral-large-first-on-azure',
     '2024-02-26', 'en', 'LOW',
     'Azure''s own announcement: multi-year scope covering supercomputing, premium models in Azure AI and research.'),
    ('Au Large', (select id from party where slug = 'mistral-ai'), 'Mistral AI', 'COMPANY',
     'https://mistral.ai/news/mistral-large/', 'mistral.ai/news/mistral-large',
     '2024-02-26', 'en', 'LOW',
     'Mistral''s release note for Mistral Large, naming Azure as first distribution partner.'),
    ('Mistral Large, Mistral AI''s flagship LLM, debuts on Azure AI Models-as-a-Service',
     (select id from party where slug = 'microsoft'), 'Microsoft', 'COMPANY',
     'https://techcommunity.microsoft.com/t5/ai-machine-learning-blog/mistral-large-mistral-ai-s-flagship-llm-debuts-on-azure-ai/ba-p/4066996',
     'techcommunity.microsoft.com/t5/ai-machine-learning-blog/mistral-large-mistral-ai-s-flagship-llm-debuts-on-azure-ai/ba-p/4066996',
     '2024-02-26', 'en', 'LOW',
     'Technical post on how Mistral Large is deployed as an API endpoint from Azure AI Studio.'),
    ('Mistral models in the Microsoft Foundry model catalog', (select id from party where slug = 'microsoft'),
     'Microsoft', 'COMPANY',
     'https://learn.microsoft.com/en-us/azure/ai-foundry/how-to/deploy-models-mistral',
     'learn.microsoft.com/en-us/azure/ai-foundry/how-to/deploy-models-mistral',
     null, 'en', 'LOW',
     'Current documentation listing Mistral models in the partner catalogue: the distribution is still live.'),
    ('Microsoft / Mistral AI partnership merger inquiry', (select id from party where slug = 'uk-cma'),
     'Competition and Markets Authority', 'REGULATOR',
     'https://www.gov.uk/cma-cases/microsoft-slash-mistral-ai-partnership-merger-inquiry',
     'gov.uk/cma-cases/microsoft-slash-mistral-ai-partnership-merger-inquiry',
     '2024-04-24', 'en', 'LOW',
     'The CMA case page: invitation to comment, then closure because the deal is not a relevant merger situation.'),
    ('Microsoft / Mistral AI: decision on relevant merger situation', (select id from party where slug = 'uk-cma'),
     'Competition and Markets Authority', 'REGULATOR',
     'https://assets.publishing.service.gov.uk/media/microsoft-mistral-ai-full-text-decision.pdf',
     'assets.publishing.service.gov.uk/media/microsoft-mistral-ai-full-text-decision.pdf',
     '2024-05-17', 'en', 'LOW',
     'Full decision: Azure infrastructure, model distribution and a convertible loan, without material influence.'),
    ('Microsoft made a EUR 15 m investment in Mistral AI', null, 'TechCrunch', 'NEWS_OUTLET',
     'https://techcrunch.com/2024/02/27/microsoft-made-a-16-million-investment-in-mistral-ai/',
     'techcrunch.com/2024/02/27/microsoft-made-a-16-million-investment-in-mistral-ai',
     '2024-02-27', 'en', 'MEDIUM',
     'Reports the EUR 15 m stake and that it converts into equity at a later round.'),
    ('Microsoft invests in Mistral AI as it expands beyond OpenAI', null, 'CNBC', 'NEWS_OUTLET',
     'https://www.cnbc.com/2024/02/26/microsoft-invests-in-mistral-ai-as-it-expands-beyond-openai.html',
     'cnbc.com/2024/02/26/microsoft-invests-in-mistral-ai-as-it-expands-beyond-openai.html',
     '2024-02-26', 'en', 'MEDIUM',
     'Microsoft confirms the EUR 15 m figure; the deal is framed as model diversification beyond OpenAI.'),
    ('UK regulators won''t investigate Microsoft''s partnership with Mistral AI', null, 'Associated Press',
     'NEWS_WIRE',
     'https://apnews.com/article/microsoft-mistral-ai-uk-cma-competition',
     'apnews.com/article/microsoft-mistral-ai-uk-cma-competition',
     '2024-05-17', 'en', 'MEDIUM',
     'Wire report of the CMA outcome, with comment that the terms gave Microsoft too little influence to review.');

insert into citation (source_id, deal_id, event_id, quote, locator, note)
select s.id, d.id, e.id, v.quote, v.locator, v.note
from (values
    ('azure.microsoft.com/en-us/blog/microsoft-and-mistral-ai-announce-new-partnership-to-accelerate-ai-innovation-and-introduce-mistral-large-first-on-azure',
     'Microsoft and Mistral AI announce a multi-year partnership', null, 'opening paragraphs', null),
    ('cnbc.com/2024/02/26/microsoft-invests-in-mistral-ai-as-it-expands-beyond-openai.html',
     'Microsoft and Mistral AI announce a multi-year partnership', null, null, 'Places the deal in Microsoft''s wider model strategy.'),
    ('mistral.ai/news/mistral-large',
     'Mistral Large launches with Azure as its first distribution partner', null, 'section on availability', null),
    ('techcommunity.microsoft.com/t5/ai-machine-learning-blog/mistral-large-mistral-ai-s-flagship-llm-debuts-on-azure-ai/ba-p/4066996',
     'Mistral Large launches with Azure as its first distribution partner', null, null, null),
    ('techcrunch.com/2024/02/27/microsoft-made-a-16-million-investment-in-mistral-ai',
     'Microsoft''s EUR 15 m convertible note is reported', null, null, 'States the amount and the conversion terms.'),
    ('cnbc.com/2024/02/26/microsoft-invests-in-mistral-ai-as-it-expands-beyond-openai.html',
     'Microsoft''s EUR 15 m convertible note is reported', null, null, 'Microsoft''s confirmation of the amount.'),
    ('assets.publishing.service.gov.uk/media/microsoft-mistral-ai-full-text-decision.pdf',
     'Microsoft''s EUR 15 m convertible note is reported', null, 'description of the arrangements',
     'Confirms a convertible loan; does not give the amount.'),
    ('gov.uk/cma-cases/microsoft-slash-mistral-ai-partnership-merger-inquiry',
     'CMA invites comment on the partnership', null, 'invitation to comment', null),
    ('gov.uk/cma-cases/microsoft-slash-mistral-ai-partnership-merger-inquiry',
     'CMA: the partnership does not qualify for investigation', null, 'case timetable', null),
    ('assets.publishing.service.gov.uk/media/microsoft-mistral-ai-full-text-decision.pdf',
     'CMA: the partnership does not qualify for investigation', 'does not qualify for investigation', 'decision', null),
    ('apnews.com/article/microsoft-mistral-ai-uk-cma-competition',
     'CMA: the partnership does not qualify for investigation', null, null, null),
    ('learn.microsoft.com/en-us/azure/ai-foundry/how-to/deploy-models-mistral',
     null, null, null, 'Shows the Azure distribution still running.')
) as v (url_key, event_title, quote, locator, note)
join source s on s.url_key = v.url_key
join deal d on d.slug = 'microsoft-mistral-ai-partnership'
left join event e on e.deal_id = d.id and e.title = v.event_title;

insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by, assessed_at) values
    ((select id from deal where slug = 'microsoft-mistral-ai-partnership'), 0.80, 'A/B',
     'Partnership and product launch rest on the two companies'' own announcements. The EUR 15 m figure is only in '
         || 'press reports so far, and no regulator has looked at the deal yet.',
     'Dealtrace demo data', '2024-03-04 10:00:00+00'),
    ((select id from deal where slug = 'microsoft-mistral-ai-partnership'), 0.94, 'A',
     'Partnership, launch and regulatory outcome are each backed by primary documents from Microsoft, Mistral AI '
         || 'and the CMA; the CMA decision also confirms the convertible loan. The amount itself still comes from '
         || 'two reputable outlets quoting Microsoft. Later milestones (the 2023 round, Magistral, the Series C) '
         || 'have no source in the file yet, which keeps the grade below the top of the band.',
     'Dealtrace demo data', '2024-05-20 09:30:00+00');
