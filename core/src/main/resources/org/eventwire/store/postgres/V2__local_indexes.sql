-- Eventwire store, PostgreSQL, schema 2: the index changes of SQLite schema 3 (see
-- sqlite/V3__local_indexes.sql for why), so both engines run the same queries.

CREATE TABLE lsh_recent (
  bucket BIGINT NOT NULL,
  article BIGINT NOT NULL,
  PRIMARY KEY (bucket, article)
);

CREATE TABLE event_actors (
  actor TEXT NOT NULL,
  article BIGINT NOT NULL,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT NOT NULL,
  unique_id BIGINT,
  PRIMARY KEY (actor, article, idx)
);
INSERT INTO event_actors (actor, article, idx, type, mode, unique_id)
  SELECT lower(source_code), article, idx, type, mode, unique_id FROM events WHERE source_code IS NOT NULL
  ON CONFLICT DO NOTHING;
INSERT INTO event_actors (actor, article, idx, type, mode, unique_id)
  SELECT lower(target_code), article, idx, type, mode, unique_id FROM events WHERE target_code IS NOT NULL
  ON CONFLICT DO NOTHING;
INSERT INTO event_actors (actor, article, idx, type, mode, unique_id)
  SELECT source_lc, article, idx, type, mode, unique_id FROM events WHERE source_lc IS NOT NULL
  ON CONFLICT DO NOTHING;
INSERT INTO event_actors (actor, article, idx, type, mode, unique_id)
  SELECT target_lc, article, idx, type, mode, unique_id FROM events WHERE target_lc IS NOT NULL
  ON CONFLICT DO NOTHING;
DROP INDEX events_source_code;
DROP INDEX events_target_code;
DROP INDEX events_source_lc;
DROP INDEX events_target_lc;

DROP INDEX events_key;
CREATE INDEX events_story ON events ((day_from / 7), type, source_code, target_code, day_from);

DROP INDEX events_day;
CREATE INDEX events_dates ON events ((CASE WHEN day_to - day_from < 1 THEN 0 WHEN day_to - day_from < 32 THEN 1 WHEN day_to - day_from < 367 THEN 2 ELSE 3 END), day_from, day_to);

DROP INDEX entities_name;
DROP INDEX entities_code;

ALTER TABLE articles ADD COLUMN countries TEXT;
UPDATE articles a SET countries = (SELECT '|' || string_agg(DISTINCT e.country, '|') || '|'
  FROM entities e WHERE e.article = a.seq AND e.country IS NOT NULL);
DROP INDEX entities_country;

DROP INDEX unique_events_key;
CREATE INDEX unique_events_key ON unique_events (type, source_key, target_key, mode, day_to);

DROP INDEX articles_body_hash;
CREATE INDEX articles_body_key ON articles ((substr(body_hash, 8, 16)));

DROP INDEX articles_duplicate_of;
CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;
