-- Version 2: full-text search (docs/decisions/0008). Text normalised to simplified and half-width
-- forms; the indexes store only tokens, the text shown stays in article and guide_entry. Filled for
-- existing rows by the migration's Java step.
--
-- article_bi: every Han character as the pair of characters it starts (the last of a run single),
-- so words of two or more characters are phrases of few, selective tokens.
-- article_uni: every Han character alone, for one-character queries; detail=column is enough
-- there (no phrases) and a third of the size.
-- columnsize=0: bm25 without per-row length lookups ranks twice as fast (measured); rows are
-- removed with the 'delete' command and their indexed text, which article still holds.
CREATE VIRTUAL TABLE article_bi USING fts5(
    title,
    body,
    content = '',
    columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE VIRTUAL TABLE article_uni USING fts5(
    title,
    body,
    content = '',
    columnsize = 0,
    detail = column,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- 今日导读 entries and teasers are searchable too: they may be all the archive has of a page.
CREATE VIRTUAL TABLE guide_fts USING fts5(
    title,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
