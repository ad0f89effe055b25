// Versioned schema migrations. PRAGMA user_version holds the number of migrations applied; each entry runs
// once, in order, inside a transaction. Never edit an applied migration: append a new one.

export const MIGRATIONS: string[] = [
  // 1: articles, their origins, near-duplicate fingerprints, full-text index.
  `
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    published TEXT NOT NULL,
    title TEXT,
    url TEXT,
    source TEXT,
    topic TEXT,
    text TEXT NOT NULL,
    near_duplicate_of INTEGER REFERENCES articles(id),
    similarity REAL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
  );
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_topic ON articles(topic);
  CREATE TABLE article_origins (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    origin TEXT NOT NULL,
    PRIMARY KEY (article_id, origin)
  ) WITHOUT ROWID;
  CREATE INDEX article_origins_origin ON article_origins(origin);
  -- MinHash LSH buckets: one row per (band, bucket hash) of each article.
  CREATE TABLE minhash_bands (
    band_key INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band_key, article_id)
  ) WITHOUT ROWID;
  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='porter unicode61'
  );
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  END;
  `,
  // 2: analysis layers. The whole Doc is kept as JSON for timeline building; sentences, entities, mentions and
  // quotes are also kept as rows for search and listing.
  `
  CREATE TABLE analyses (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    version INTEGER NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
  );
  CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='rowid', tokenize='porter unicode61'
  );
  CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text);
  END;
  CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  END;
  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL
  );
  CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
  CREATE TABLE mentions (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX mentions_entity ON mentions(entity_id);
  CREATE INDEX mentions_article ON mentions(article_id);
  CREATE TABLE quotes (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    speaker_entity_id INTEGER REFERENCES entities(id),
    speaker TEXT,
    speaker_text TEXT,
    cue TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    direct INTEGER NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 3: story and event assignments made by the incremental story clusterer (its state lives in meta).
  `
  CREATE TABLE article_stories (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    story_id INTEGER NOT NULL,
    event_id INTEGER NOT NULL
  );
  CREATE INDEX article_stories_story ON article_stories(story_id);
  `,
  // 4: the day a quote was said, when the text gives it (Quote.saidOn).
  `
  ALTER TABLE quotes ADD COLUMN said_on TEXT;
  `,
  // 5: the sentences table and its full-text index go: nothing reads them (timelines read the analysis, search
  // the articles' index), and writing them was most of the cost of saving an analysis (and a fifth of the disk).
  // The change log of states saved in steps (the entity resolver: see loadStateLog), appended to between two
  // whole rewrites of the state, so a page of analyses writes what it changed, not everything learnt so far.
  `
  DROP TRIGGER IF EXISTS sentences_fts_insert;
  DROP TRIGGER IF EXISTS sentences_fts_delete;
  DROP TABLE IF EXISTS sentences_fts;
  DROP TABLE IF EXISTS sentences;
  CREATE TABLE state_log (
    seq INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    delta TEXT NOT NULL
  );
  CREATE INDEX state_log_name ON state_log(name, seq);
  `,
  // follow: saved timelines with their edits and view/export times, and snapshots of what they showed.
  `
  CREATE TABLE saved_timelines (
    name TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    edits TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_viewed TEXT,
    last_exported TEXT,
    refreshed_key TEXT
  );
  CREATE TABLE timeline_snapshots (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL REFERENCES saved_timelines(name),
    taken_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    entries TEXT NOT NULL
  );
  CREATE INDEX timeline_snapshots_name ON timeline_snapshots(name, taken_at);
  `,
  // 7: the timeline index: per analysed article, the compact record timelines are built from (timeline/record.ts)
  // instead of its whole analysis. Written with the analysis; an article without one is read from its analysis.
  `
  CREATE TABLE timeline_records (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    data BLOB NOT NULL
  );
  `,
  // 8: mentions by their written text, as a timeline request looks up the entity its query names (entityAliases,
  // articlesMentioning): without it each request scanned every mention of the archive.
  `
  CREATE INDEX mentions_text ON mentions(text COLLATE NOCASE);
  `,
  // 9: entities from what saving keeps up to date (sqlite/entities.ts): counts and first and last day per entity,
  // how often each written form names it, and per article its mention record, so that listings and entity
  // timelines no longer read every mention or decompress analyses. Counts are filled here from the stored
  // mentions; mention records need the analyses, so articles get theirs when next analysed and are read from the
  // analysis until then.
  `
  ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE entities ADD COLUMN first TEXT;
  ALTER TABLE entities ADD COLUMN last TEXT;
  UPDATE entities SET mentions = c.n, articles = c.a, first = c.first, last = c.last
    FROM (SELECT m.entity_id, count(*) AS n, count(DISTINCT m.article_id) AS a,
      min(substr(a.published, 1, 10)) AS first, max(substr(a.published, 1, 10)) AS last
      FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY m.entity_id) AS c
    WHERE entities.id = c.entity_id;
  -- One index serves the listing by kind too: a page of one kind is found within a few pages of all kinds.
  CREATE INDEX entities_mentions ON entities(mentions DESC, name);
  CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    text TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, text)
  ) WITHOUT ROWID;
  INSERT INTO entity_aliases(entity_id, text, mentions)
    SELECT entity_id, text, count(*) FROM mentions GROUP BY entity_id, text;
  CREATE INDEX entity_aliases_text ON entity_aliases(text COLLATE NOCASE);
  CREATE TABLE mention_records (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    data BLOB NOT NULL
  );
  `,
  // 10: a quote's text is a slice of its article's text; the row keeps it only when SQLite's substr would not give
  // it back exactly (the test quotes.ts makes on every write), which drops two thirds of the quotes table. The
  // speaker index goes: quotes are found by a LIKE '%…%' that no index serves (listQuotes).
  `
  CREATE TABLE quotes_v10 (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    speaker_entity_id INTEGER REFERENCES entities(id),
    speaker TEXT,
    speaker_text TEXT,
    cue TEXT,
    text TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    said_on TEXT
  );
  INSERT INTO quotes_v10 SELECT q.article_id, q.speaker_entity_id, q.speaker, q.speaker_text, q.cue,
    CASE WHEN q.text = substr(a.text, q.start + 1, q.end - q.start) THEN NULL ELSE q.text END,
    q.start, q.end, q.direct, q.said_on
  FROM quotes q LEFT JOIN articles a ON a.id = q.article_id ORDER BY q.rowid;
  DROP TABLE quotes;
  ALTER TABLE quotes_v10 RENAME TO quotes;
  CREATE INDEX quotes_article ON quotes(article_id);
  `,
  // 11: the mentions table goes (a sixth of the disk): every read of it is served by a posting of written forms
  // instead. A written form (entity and text) gets an id, and per article each form it names is one row with how
  // often it names it, so 'the articles naming X' is an index range and re-saving an analysis finds what to take
  // from the counts, while offsets and text, which only mention records and analyses are read for, are not
  // kept twice.
  `
  CREATE TABLE entity_aliases_v11 (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    text TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    UNIQUE (entity_id, text)
  );
  INSERT INTO entity_aliases_v11(entity_id, text, mentions)
    SELECT entity_id, text, mentions FROM entity_aliases ORDER BY entity_id, text;
  DROP TABLE entity_aliases;
  ALTER TABLE entity_aliases_v11 RENAME TO entity_aliases;
  CREATE INDEX entity_aliases_text ON entity_aliases(text COLLATE NOCASE);
  CREATE TABLE alias_articles (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    alias_id INTEGER NOT NULL REFERENCES entity_aliases(id),
    n INTEGER NOT NULL,
    PRIMARY KEY (article_id, alias_id)
  ) WITHOUT ROWID;
  INSERT INTO alias_articles(article_id, alias_id, n)
    SELECT m.article_id, x.id, count(*) FROM mentions m
      JOIN entity_aliases x ON x.entity_id = m.entity_id AND x.text = m.text
    GROUP BY m.article_id, x.id ORDER BY m.article_id, x.id;
  CREATE INDEX alias_articles_alias ON alias_articles(alias_id);
  DROP TABLE mentions;
  `,
  // 12: the version of each analysis indexed, so that a refresh learns whether anything awaits analysis or a story
  // from counts over indexes (pendingCounts) instead of joining every article with its analysis on every request.
  `
  CREATE INDEX analyses_version ON analyses(version);
  `,
  // 13: each article's id with what orders and filters a listing of ids (publication date, near-duplicate mark), so
  // that ordering the tens of thousands of articles naming a well-covered entity reads this index instead of each
  // article's row, whose near-duplicate mark lies past its text (0.16-0.26 -> 0.10-0.14 CPU-s for 53k of 100k).
  `
  CREATE INDEX articles_order ON articles(id, published, near_duplicate_of);
  `,
  // 14: the entity index in less room (a tenth of the disk was its indexes). Postings become (form, article) pairs
  // without counts, in the order requests read them; each article's counts per form, which only re-saving its
  // analysis reads, are one packed row (formCounts.ts; the aggregate is registered by SqliteStore). A written form
  // is found by its entity, then its text, through an index of entity ids instead of a unique index holding every
  // text again. The listing's index keeps counts only: ties are sorted after. An entity's first and last days are
  // day numbers (since 1970-01-01) instead of ISO text. Nothing looks articles up by origin: that index goes.
  // Quotes are kept in article order, numbered within their article, so that no index by article is needed.
  `
  CREATE TABLE entity_aliases_v13 (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    text TEXT NOT NULL,
    mentions INTEGER NOT NULL
  );
  INSERT INTO entity_aliases_v13(id, entity_id, text, mentions)
    SELECT id, entity_id, text, mentions FROM entity_aliases ORDER BY id;
  CREATE TABLE alias_articles_v13 (
    alias_id INTEGER NOT NULL REFERENCES entity_aliases_v13(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (alias_id, article_id)
  ) WITHOUT ROWID;
  INSERT INTO alias_articles_v13(alias_id, article_id)
    SELECT alias_id, article_id FROM alias_articles ORDER BY alias_id, article_id;
  CREATE TABLE article_aliases (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    counts BLOB NOT NULL
  );
  INSERT INTO article_aliases(article_id, counts)
    SELECT article_id, pack_form_counts(alias_id, n) FROM alias_articles GROUP BY article_id ORDER BY article_id;
  DROP TABLE alias_articles;
  DROP TABLE entity_aliases;
  ALTER TABLE entity_aliases_v13 RENAME TO entity_aliases;
  ALTER TABLE alias_articles_v13 RENAME TO alias_articles;
  CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);
  CREATE INDEX entity_aliases_text ON entity_aliases(text COLLATE NOCASE);
  DROP INDEX entities_mentions;
  CREATE INDEX entities_mentions ON entities(mentions DESC);
  ALTER TABLE entities ADD COLUMN first_day INTEGER;
  ALTER TABLE entities ADD COLUMN last_day INTEGER;
  UPDATE entities SET first_day = unixepoch(first) / 86400, last_day = unixepoch(last) / 86400;
  ALTER TABLE entities DROP COLUMN first;
  ALTER TABLE entities DROP COLUMN last;
  DROP INDEX article_origins_origin;
  CREATE TABLE quotes_v13 (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    seq INTEGER NOT NULL,
    speaker_entity_id INTEGER REFERENCES entities(id),
    speaker TEXT,
    speaker_text TEXT,
    cue TEXT,
    text TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    said_on TEXT,
    PRIMARY KEY (article_id, seq)
  ) WITHOUT ROWID;
  INSERT INTO quotes_v13 SELECT article_id, row_number() OVER (PARTITION BY article_id ORDER BY rowid) - 1,
    speaker_entity_id, speaker, speaker_text, cue, text, start, end, direct, said_on FROM quotes;
  DROP TABLE quotes;
  ALTER TABLE quotes_v13 RENAME TO quotes;
  `,
  // 15: quotes by their speaker's entity: "who said what" for a known speaker read every quote of the archive
  // (4.0 CPU-s for 16,550 quotes of 6.9M at 1M articles; 0.07 with this index).
  `
  CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);
  `,
];
