/**
 * The SQLite store's tables. `documents` holds one row per analyzed document (the packed doc plus the columns
 * listings filter on); `inputs` maps every input content hash to its document (two inputs may clean to the
 * same document); `doc_fts` is a contentless FTS5 index over pre-computed search keys (src/search/search-keys.ts);
 * `doc_entities` maps entity keys to documents; `cache` holds built stories for one revision.
 * `published` is the day listings and date filters use: the stated one, else the one the story inferred
 * (`inferred` = 1), written back after each story build.
 */
export const SCHEMA_VERSION = 3;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  outlet TEXT NOT NULL,
  title TEXT NOT NULL,
  published TEXT,
  inferred INTEGER NOT NULL DEFAULT 0,
  doc BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents (outlet COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS inputs (content_hash TEXT PRIMARY KEY, doc_id TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_entities (key TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS cache (key TEXT PRIMARY KEY, revision INTEGER NOT NULL, value BLOB NOT NULL);
`;
