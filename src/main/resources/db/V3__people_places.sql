-- Version 3: people and places, for timelines per leader and per district (docs/decisions/0009).
CREATE TABLE person (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- The gazetteer: places found in pages by pattern, and the archivist's own. The shipped seed
-- (city and districts) is not copied here; its rows are added as its places are mentioned.
CREATE TABLE place (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    level  TEXT NOT NULL,
    parent TEXT,
    source TEXT NOT NULL          -- seed, pattern, archivist
);

-- The events articles report: one per article, or one per item of a brief column (item >= 0).
-- A timeline reads thousands of these at once, so each row carries, as one text, what a timeline
-- shows of it (docs/decisions/0009): the article id, the date, the month and day, the article's
-- kicker and title, the leaders present, the paper, the issue date and a brief item's first
-- words, separated by U+001E (lists by U+001F). None of these changes after import;
-- re-extraction rewrites the rows.
CREATE TABLE article_event (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    item       INTEGER NOT NULL,
    place_id   INTEGER REFERENCES place (id),  -- the district it is about
    date       TEXT,              -- the event's date, else the issue date; null when neither is known
    shown      TEXT NOT NULL,     -- what a timeline shows, see above
    PRIMARY KEY (article_id, item)
) WITHOUT ROWID;
CREATE INDEX article_event_by_place ON article_event (place_id);

-- One appearance: a person in an article's event, with the titles printed there.
CREATE TABLE person_mention (
    person_id  INTEGER NOT NULL REFERENCES person (id),
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    item       INTEGER NOT NULL,
    titles     TEXT NOT NULL,     -- as printed next to the name there, separated by U+001F
    role       TEXT NOT NULL,     -- leader, visitor, other
    PRIMARY KEY (person_id, article_id, item)
) WITHOUT ROWID;
CREATE INDEX person_mention_by_article ON person_mention (article_id);

-- The places an article names, in the order first named, with the event (item) that names them;
-- item -1 for a whole article, and for a brief column's headline.
CREATE TABLE place_mention (
    place_id   INTEGER NOT NULL REFERENCES place (id),
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    item       INTEGER NOT NULL,
    ord        INTEGER NOT NULL,
    PRIMARY KEY (place_id, article_id, item)
) WITHOUT ROWID;
CREATE INDEX place_mention_by_article ON place_mention (article_id);

-- The archivist's edits, kept apart from what import finds so that they survive re-import.
CREATE TABLE place_alias (
    alias  TEXT PRIMARY KEY,
    place  TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE TABLE place_merge (
    from_name TEXT PRIMARY KEY,
    into_name TEXT NOT NULL,
    made_at   TEXT NOT NULL
);

-- Which version of the extraction rules the stored people and places come from. When the program's
-- rules are newer, the archive is re-extracted on open (0: not yet extracted).
CREATE TABLE entity_rules (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO entity_rules (id, version) VALUES (1, 0);
