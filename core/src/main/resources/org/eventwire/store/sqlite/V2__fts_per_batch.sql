-- Eventwire store, SQLite, schema 2: the full-text index is filled once per write transaction
-- (JdbcStore, through SqliteDialect.indexNewTexts), not by a trigger per article. FTS5 writes its
-- pending terms to disk at every savepoint and statement journal, so a per-article trigger made one
-- small index segment per article and most of the import time went into merging them.
DROP TRIGGER articles_fts_insert;
