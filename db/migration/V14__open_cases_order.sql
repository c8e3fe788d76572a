-- The home page's open cases, newest first: read off an index in that order, a page at a time, instead of sorting
-- every open case (30 ms with 10,000 cases).
create index regulatory_case_open_idx on regulatory_case (opened_on desc nulls first, id desc) where status <> 'CLOSED';
