-- Version 1: papers, issues, pages and their articles, guide entries, boilerplate and warnings.
PRAGMA application_id = 1111576395;  -- 'BAOK'

CREATE TABLE paper (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- An issue is a paper and a date. Pages whose paper is not printed share an issue by date;
-- a page of unknown date is an issue of its own.
CREATE TABLE issue (
    id           INTEGER PRIMARY KEY,
    paper_id     INTEGER REFERENCES paper (id),
    date         TEXT,
    date_source  TEXT NOT NULL,
    weekday      TEXT,
    lunar_date   TEXT,
    issue_number INTEGER,
    total_number INTEGER
);
CREATE INDEX issue_by_paper_date ON issue (paper_id, date);
CREATE INDEX issue_by_date ON issue (date);

CREATE TABLE page (
    id            INTEGER PRIMARY KEY,
    issue_id      INTEGER NOT NULL REFERENCES issue (id),
    number        TEXT,
    number_key    TEXT,
    section       TEXT,
    front_page    INTEGER NOT NULL,
    file_name     TEXT NOT NULL,
    file_path     TEXT,
    sha256        TEXT NOT NULL UNIQUE,
    encoding      TEXT NOT NULL,
    paper_source  TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    article_count INTEGER NOT NULL
);
CREATE INDEX page_by_issue ON page (issue_id, number_key);

CREATE TABLE article (
    id             INTEGER PRIMARY KEY,
    page_id        INTEGER NOT NULL REFERENCES page (id) ON DELETE CASCADE,
    ord            INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    kicker         TEXT,
    title          TEXT,
    subtitle       TEXT,
    byline         TEXT,
    reporters      TEXT NOT NULL,
    correspondents TEXT NOT NULL,
    photographers  TEXT NOT NULL,
    editors        TEXT NOT NULL,
    dateline       TEXT,
    event_date     TEXT,
    paragraphs     BLOB NOT NULL,   -- UTF-8, one paragraph per line, deflate-compressed (Rows.paragraphs)
    warnings       TEXT NOT NULL,
    UNIQUE (page_id, ord)
);
CREATE INDEX article_by_event_date ON article (event_date);

CREATE TABLE guide_entry (
    id                INTEGER PRIMARY KEY,
    page_id           INTEGER NOT NULL REFERENCES page (id) ON DELETE CASCADE,
    ord               INTEGER NOT NULL,
    kicker            TEXT,
    title             TEXT,
    target_page       TEXT,
    target_section    TEXT,
    target_page_id    INTEGER REFERENCES page (id) ON DELETE SET NULL,
    target_article_id INTEGER REFERENCES article (id) ON DELETE SET NULL
);
CREATE INDEX guide_by_page ON guide_entry (page_id);

CREATE TABLE page_text (
    page_id INTEGER NOT NULL REFERENCES page (id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,    -- 'boilerplate', 'unplaced' or 'warning'
    ord     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    PRIMARY KEY (page_id, kind, ord)
) WITHOUT ROWID;
