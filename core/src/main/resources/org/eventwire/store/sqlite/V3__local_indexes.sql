-- Eventwire store, SQLite, schema 3: indexes that a write touches in a few places, not all over.
-- A write transaction copies every index page it changes into the log; an index keyed by a hash or
-- by actor before date gets its insertions spread over all its pages, so at 100,000 articles each
-- batch of 1,000 rewrote ~90% of the LSH, event-key and unique-event-key indexes (~110 MB a batch).

-- LSH buckets of recent articles, keyed by article so that adding them appends; the writer looks
-- them up in memory (it is the only writer), and moves them once this table holds about
-- sqrt(8,000 x articles) articles' buckets, sorted by bucket, to the end of lsh_runs as a new run:
-- a move writes new pages only, and a look-up seeks once per run.
CREATE TABLE lsh_recent (
  article INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  PRIMARY KEY (article, bucket)
) WITHOUT ROWID;
CREATE TABLE lsh_runs (
  run INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  article INTEGER NOT NULL,
  PRIMARY KEY (run, bucket, article)
) WITHOUT ROWID;
INSERT INTO lsh_runs (run, bucket, article) SELECT 0, bucket, article FROM lsh_buckets;
DROP TABLE lsh_buckets;

-- One row per actor key of an event: lower-cased source and target codes and names (one row when
-- they coincide). An actor filter walks one key newest first and stops after a page, and checks
-- type and mode without reading the event; it replaces four indexes on the actor columns.
CREATE TABLE event_actors (
  actor TEXT NOT NULL,
  article INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT NOT NULL,
  unique_id INTEGER,
  PRIMARY KEY (actor, article, idx)
) WITHOUT ROWID;
INSERT OR IGNORE INTO event_actors (actor, article, idx, type, mode, unique_id)
  SELECT lower(source_code), article, idx, type, mode, unique_id FROM events WHERE source_code IS NOT NULL;
INSERT OR IGNORE INTO event_actors (actor, article, idx, type, mode, unique_id)
  SELECT lower(target_code), article, idx, type, mode, unique_id FROM events WHERE target_code IS NOT NULL;
INSERT OR IGNORE INTO event_actors (actor, article, idx, type, mode, unique_id)
  SELECT source_lc, article, idx, type, mode, unique_id FROM events WHERE source_lc IS NOT NULL;
INSERT OR IGNORE INTO event_actors (actor, article, idx, type, mode, unique_id)
  SELECT target_lc, article, idx, type, mode, unique_id FROM events WHERE target_lc IS NOT NULL;
DROP INDEX events_source_code;
DROP INDEX events_target_code;
DROP INDEX events_source_lc;
DROP INDEX events_target_lc;

-- Story look-ups by event key: week (epoch day / 7) first, so new events go to the end.
DROP INDEX events_key;
CREATE INDEX events_story ON events (day_from / 7, type, source_code, target_code, day_from);

-- Date filters: by length class (one day, up to a month, up to a leap year, longer or none), then
-- first day; an event in a window [F, T] of class c starts in [F - longest length of c, T].
DROP INDEX events_day;
CREATE INDEX events_dates ON events (CASE WHEN day_to - day_from < 1 THEN 0 WHEN day_to - day_from < 32 THEN 1 WHEN day_to - day_from < 367 THEN 2 ELSE 3 END, day_from, day_to);

-- No query used these: filters probe an article's entities by its primary key, and the actor list
-- and count read the whole table (faster than through an index).
DROP INDEX entities_name;
DROP INDEX entities_code;

-- The countries of an article's entities, each between '|' ('|AFG|PAK|'), for the country filter
-- of searches: one value on the article row instead of an index entry per entity.
ALTER TABLE articles ADD COLUMN countries TEXT;
UPDATE articles SET countries = (SELECT '|' || group_concat(c.country, '|') || '|'
  FROM (SELECT DISTINCT e.country FROM entities e WHERE e.article = articles.seq AND e.country IS NOT NULL) c);
DROP INDEX entities_country;

-- Full-text index: keep up to 16 MB of new terms in memory, so that a write transaction of 1,000
-- articles writes one new index segment instead of one per megabyte (fewer segments to merge).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216);

-- Unique-event look-ups skip the key's events that ended before the new one's date window.
DROP INDEX unique_events_key;
CREATE INDEX unique_events_key ON unique_events (type, source_key, target_key, mode, day_to);

-- Exact copies: the index holds 16 hex digits of the body hash ("sha256:" + 64), not all 71
-- characters, so it is a quarter of the size (new hashes land on random pages of it).
DROP INDEX articles_body_hash;
CREATE INDEX articles_body_key ON articles (substr(body_hash, 8, 16));

-- Copies only (a few percent of articles): the index of duplicate_of skips the others.
DROP INDEX articles_duplicate_of;
CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;
