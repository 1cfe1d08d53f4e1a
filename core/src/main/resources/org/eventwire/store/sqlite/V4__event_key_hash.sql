-- Eventwire store, SQLite, schema 4: unique events indexed by a 32-bit hash of their key.
-- Each new unique event adds an entry at a random place of the key index (its key is not ordered
-- by time), so a write transaction of 1,000 articles changed nearly every page of it and copied
-- them all into the log (~45% of the bytes a batch wrote at 100,000 articles). Keyed by
-- eventwire_event_key(type, mode, source_key, target_key) (EventKeyHash: FNV-1a folded to 32 bits, computed in
-- Java; eventwire registers the function on its connections) instead of the four text columns,
-- the index is under half the size. Look-ups still compare the four columns.
ALTER TABLE unique_events ADD COLUMN key_hash INTEGER;
UPDATE unique_events SET key_hash = eventwire_event_key(type, mode, source_key, target_key);
DROP INDEX unique_events_key;
CREATE INDEX unique_events_key ON unique_events (key_hash, day_to);
