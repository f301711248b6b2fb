import Database from 'better-sqlite3';
import { MasarError } from '../errors/catalogue.js';
import type { MasarDoc } from '../types.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { SearchHit, SearchQuery, Store, StoredDoc } from './store.js';

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  content_hash TEXT PRIMARY KEY,
  id TEXT NOT NULL,
  source TEXT NOT NULL,
  title TEXT NOT NULL,
  published TEXT,
  match_text TEXT NOT NULL,
  doc_json TEXT NOT NULL
);`;

/** The embedded store: one SQLite file (WAL), every write in a transaction. */
export class SqliteStore implements Store {
  private db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
    const version = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('schema') as { value: string } | undefined;
    if (!version) this.db.prepare('INSERT INTO meta VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
    else if (Number(version.value) !== SCHEMA_VERSION) throw new MasarError('STORE_CORRUPT', `${file}: schema ${version.value}`);
  }

  has(contentHash: string): boolean {
    return this.db.prepare('SELECT 1 FROM documents WHERE content_hash = ?').get(contentHash) !== undefined;
  }

  addAll(docs: StoredDoc[]): void {
    const insert = this.db.prepare('INSERT OR IGNORE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const { contentHash, doc } of docs) {
        const { raw: _raw, ...rest } = doc;
        const text = `${doc.data.clean?.title ?? ''}\n${doc.data.clean?.text ?? ''}`;
        insert.run(contentHash, doc.id, doc.meta.source, doc.data.clean?.title ?? '', doc.published.date, normalizeForMatch(text), JSON.stringify(rest));
      }
    })();
  }

  allDocs(): MasarDoc[] {
    const rows = this.db.prepare('SELECT doc_json FROM documents ORDER BY rowid').all() as { doc_json: string }[];
    return rows.map((r) => JSON.parse(r.doc_json) as MasarDoc);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  /** First version: every query word must occur in the normalized text; ranked by occurrences. */
  search(query: SearchQuery): SearchHit[] {
    const words = normalizeForMatch(query.text).split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    const where = words.map(() => 'instr(match_text, ?) > 0').join(' AND ');
    const rows = this.db.prepare(`SELECT id, title, source, match_text FROM documents WHERE ${where}`).all(...words) as { id: string; title: string; source: string; match_text: string }[];
    return rows
      .map((r) => {
        const at = r.match_text.indexOf(words[0]);
        return { docId: r.id, title: r.title, source: r.source, score: words.reduce((n, w) => n + r.match_text.split(w).length - 1, 0), snippet: r.match_text.slice(Math.max(0, at - 60), at + 60) };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, query.limit ?? 20);
  }

  close(): void {
    this.db.close();
  }
}
