-- Version 2: full-text search. One token per Han character (docs/decisions/0008), text
-- normalised to simplified and half-width forms; the tables store only the index, the text
-- shown stays in article and guide_entry. Filled for existing rows by the migration's Java step.
CREATE VIRTUAL TABLE article_fts USING fts5(
    title,
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- 今日导读 entries and teasers are searchable too: they may be all the archive has of a page.
CREATE VIRTUAL TABLE guide_fts USING fts5(
    title,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
