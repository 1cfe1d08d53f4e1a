-- Eventwire store, SQLite, schema 1.
-- Small columns come first: SQLite reads a row's columns in order, through the overflow pages of
-- large ones. Days are epoch days (days since 1970-01-01); *_lc columns are lower-cased for case-insensitive lookups.

CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  day INTEGER,
  published TEXT,
  provider TEXT,
  provider_lc TEXT,
  distributor TEXT,
  language TEXT NOT NULL,
  story TEXT NOT NULL,
  duplicate_of TEXT,
  body_hash TEXT NOT NULL,
  url TEXT,
  title TEXT
);
-- The large columns apart, so that filtering and joining articles reads small rows only.
-- record is the full analysis record (AnalysisJson line) with story and duplicate_of left null:
-- those live in articles because later articles may change them.
CREATE TABLE article_texts (
  seq INTEGER PRIMARY KEY,
  title TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL
);

CREATE INDEX articles_body_hash ON articles (body_hash);
CREATE INDEX articles_story ON articles (story);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);
CREATE INDEX articles_day ON articles (day);
CREATE INDEX articles_provider ON articles (provider_lc);

CREATE TABLE entities (
  article INTEGER NOT NULL,
  eid TEXT NOT NULL,
  name TEXT NOT NULL,
  name_lc TEXT NOT NULL,
  type TEXT NOT NULL,
  code TEXT,
  country TEXT,
  PRIMARY KEY (article, eid)
) WITHOUT ROWID;
CREATE INDEX entities_name ON entities (name_lc);
CREATE INDEX entities_code ON entities (code);
CREATE INDEX entities_country ON entities (country);

-- One row per real-world event; events.unique_id points here.
CREATE TABLE unique_events (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  mode TEXT NOT NULL,
  source_key TEXT NOT NULL,
  target_key TEXT NOT NULL,
  place_key TEXT NOT NULL,
  day_from INTEGER,
  day_to INTEGER,
  mentions INTEGER NOT NULL
);
CREATE INDEX unique_events_key ON unique_events (type, source_key, target_key, mode);

CREATE TABLE events (
  article INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT NOT NULL,
  source_name TEXT,
  source_lc TEXT,
  source_code TEXT,
  source_country TEXT,
  target_name TEXT,
  target_lc TEXT,
  target_code TEXT,
  target_country TEXT,
  date TEXT,
  day_from INTEGER,
  day_to INTEGER,
  place TEXT,
  place_country TEXT,
  trigger_text TEXT NOT NULL,
  evidence TEXT NOT NULL,
  confidence REAL NOT NULL,
  unique_id INTEGER,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
-- Each filter index ends with the article, so "newest first, first 100" walks one index backwards
-- and stops, instead of sorting every match.
CREATE INDEX events_key ON events (type, source_code, target_code, day_from);
CREATE INDEX events_type ON events (type, article, idx);
CREATE INDEX events_source_code ON events (source_code, article, idx);
CREATE INDEX events_target_code ON events (target_code, article, idx);
CREATE INDEX events_source_lc ON events (source_lc, article, idx);
CREATE INDEX events_target_lc ON events (target_lc, article, idx);
CREATE INDEX events_day ON events (day_from);
CREATE INDEX events_unique ON events (unique_id);

-- The persistent near-duplicate index: one row per LSH band of each article's MinHash signature.
CREATE TABLE lsh_buckets (
  bucket INTEGER NOT NULL,
  article INTEGER NOT NULL,
  PRIMARY KEY (bucket, article)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text, content = 'article_texts', content_rowid = 'seq', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON article_texts BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON article_texts BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
