-- One- and two-letter words in the deal list's search and region filter are matched as whole words, as search
-- matches them: a trigram index cannot narrow "%ab%", which read every deal (160 to 200 ms at ten times the
-- benchmark), and a part of a word that short finds mostly noise ("us" in "Russia"). These index the words.
create index deal_title_words_idx on deal using gin (to_tsvector('simple', title));
create index deal_region_words_idx on deal using gin (to_tsvector('simple', coalesce(region, '')));
create index party_names_words_idx on party using gin (to_tsvector('simple', names));
