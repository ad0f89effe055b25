// PostgreSQL schema, versioned like the SQLite one: chronicle_schema.version holds the number applied.
// The tables mirror the SQLite store; full-text search uses a generated tsvector column with a GIN index.

export const PG_MIGRATIONS: string[] = [
  `
  CREATE TABLE articles (
    id BIGSERIAL PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    published TEXT NOT NULL,
    title TEXT,
    url TEXT,
    source TEXT,
    topic TEXT,
    text TEXT NOT NULL,
    near_duplicate_of BIGINT REFERENCES articles(id),
    similarity DOUBLE PRECISION,
    ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    fts tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
    ) STORED
  );
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_topic ON articles(topic);
  CREATE INDEX articles_fts ON articles USING GIN (fts);
  CREATE TABLE article_origins (
    article_id BIGINT NOT NULL REFERENCES articles(id),
    origin TEXT NOT NULL,
    PRIMARY KEY (article_id, origin)
  );
  CREATE INDEX article_origins_origin ON article_origins(origin);
  CREATE TABLE minhash_bands (
    band_key BIGINT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band_key, article_id)
  );
  `,
  `
  CREATE TABLE analyses (
    article_id BIGINT PRIMARY KEY REFERENCES articles(id),
    version INTEGER NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE TABLE sentences (
    article_id BIGINT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
  );
  CREATE TABLE entities (
    id BIGSERIAL PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL
  );
  CREATE INDEX entities_name ON entities(lower(name));
  CREATE TABLE mentions (
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    article_id BIGINT NOT NULL REFERENCES articles(id),
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX mentions_entity ON mentions(entity_id);
  CREATE INDEX mentions_article ON mentions(article_id);
  CREATE TABLE quotes (
    article_id BIGINT NOT NULL REFERENCES articles(id),
    speaker_entity_id BIGINT REFERENCES entities(id),
    speaker TEXT,
    speaker_text TEXT,
    cue TEXT,
    text TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    direct BOOLEAN NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE article_stories (
    article_id BIGINT PRIMARY KEY REFERENCES articles(id),
    story_id INTEGER NOT NULL,
    event_id INTEGER NOT NULL
  );
  CREATE INDEX article_stories_story ON article_stories(story_id);
  `,
  // the day a quote was said, when the text gives it (Quote.saidOn).
  `
  ALTER TABLE quotes ADD COLUMN said_on TEXT;
  `,
  // the analysis work queue shared by ingest and worker processes (store/queue.ts): one row per batch of
  // articles; a batch is claimed by taking a lease, and is done once its analyses are committed.
  `
  CREATE TABLE analysis_queue (
    id BIGSERIAL PRIMARY KEY,
    article_ids BIGINT[] NOT NULL,
    owner TEXT,
    lease_until TIMESTAMPTZ,
    attempts INTEGER NOT NULL DEFAULT 0,
    enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    done_at TIMESTAMPTZ
  );
  CREATE INDEX analysis_queue_open ON analysis_queue(id) WHERE done_at IS NULL;
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
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL REFERENCES saved_timelines(name),
    taken_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    entries TEXT NOT NULL
  );
  CREATE INDEX timeline_snapshots_name ON timeline_snapshots(name, taken_at);
  `,
  // the timeline index: per analysed article the compact record timelines are built from (timeline/record.ts),
  // written with its analysis; an article without one is read from its analysis.
  `
  CREATE TABLE timeline_records (
    article_id BIGINT PRIMARY KEY REFERENCES articles(id),
    data BYTEA NOT NULL
  );
  `,
  // mentions by their written text, as a timeline request looks up the entity its query names (entityAliases,
  // articlesMentioning): without it each request scanned every mention of the archive.
  `
  CREATE INDEX mentions_text ON mentions(lower(text));
  `,
  // entities from what saving keeps up to date (postgres/entities.ts): counts and first and last day per entity,
  // how often each written form names it, and per article its mention record, so that listings and entity
  // timelines no longer read every mention or decode analyses. Counts are filled here from the stored mentions;
  // mention records need the analyses, so articles get theirs when next analysed and are read from the analysis
  // until then.
  `
  ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE entities ADD COLUMN first TEXT;
  ALTER TABLE entities ADD COLUMN last TEXT;
  UPDATE entities e SET mentions = c.n, articles = c.a, first = c.first, last = c.last
    FROM (SELECT m.entity_id, count(*) AS n, count(DISTINCT m.article_id) AS a,
      min(substr(a.published, 1, 10)) AS first, max(substr(a.published, 1, 10)) AS last
      FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY m.entity_id) AS c
    WHERE e.id = c.entity_id;
  -- One index serves the listing by kind too: a page of one kind is found within a few pages of all kinds.
  CREATE INDEX entities_mentions ON entities(mentions DESC, name);
  CREATE TABLE entity_aliases (
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    text TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, text)
  );
  INSERT INTO entity_aliases(entity_id, text, mentions)
    SELECT entity_id, text, count(*) FROM mentions GROUP BY entity_id, text;
  CREATE INDEX entity_aliases_text ON entity_aliases(lower(text));
  CREATE TABLE mention_records (
    article_id BIGINT PRIMARY KEY REFERENCES articles(id),
    data BYTEA NOT NULL
  );
  `,
  // analyses as the SQLite store keeps them (store/docCodec.ts: Brotli-compressed JSON without the article's
  // text), written in `packed`; `doc` (JSON text) stays readable for rows written before. The server no longer
  // compresses 10 KB of JSON per article, and stores a third. The sentences table goes: nothing reads it (SQLite
  // dropped it in its migration 5) and it was a third of the rows a batch wrote. The change log of the entity
  // resolver, as on SQLite: a batch appends what it changed instead of rewriting the whole state, whose size
  // grows with the archive.
  `
  DROP TABLE IF EXISTS sentences;
  ALTER TABLE analyses ALTER COLUMN doc DROP NOT NULL;
  ALTER TABLE analyses ADD COLUMN packed BYTEA;
  ALTER TABLE analyses ALTER COLUMN packed SET STORAGE EXTERNAL;
  CREATE TABLE state_log (
    seq BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    delta TEXT NOT NULL
  );
  CREATE INDEX state_log_name ON state_log(name, seq);
  `,
  // quotes by their speaker's entity: "who said what" for a known speaker must not read every quote of the archive
  `
  CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);
  `,
];
