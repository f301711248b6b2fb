/**
 * The search half of benchmark 'store', run as its own process (so its peak RSS is its own):
 * `node --import tsx scripts/bench/store-search.ts <store.db> <target>` replicates the stored documents with
 * changed ids up to <target> rows (pre-analyzed rows inserted directly: packed doc, index keys, entity keys),
 * then times 100 searches (`searchDocs`, as the CLI and the API run them, snippets included) and prints JSON.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { docEntityKeys } from '../../src/search/entity-keys.js';
import { searchDocs } from '../../src/search/search-docs.js';
import { indexText, keyWords } from '../../src/search/search-keys.js';
import { unpackDoc } from '../../src/store/pack-doc.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';

interface Row {
  id: string;
  source: string;
  outlet: string;
  title: string;
  published: string | null;
  doc: Buffer;
}
const QUERIES = 100;
const CHUNK = 2000;

function replicate(store: SqliteStore, target: number): void {
  if (store.count() >= target) return;
  const rows = store.db
    .prepare('SELECT id, source, outlet, title, published, doc FROM documents ORDER BY rowid')
    .all() as Row[];
  const keyed = rows.map((r) => {
    const doc = unpackDoc(r.doc);
    return {
      row: r,
      title: indexText(r.title),
      body: indexText(doc.data.clean?.text ?? ''),
      entities: docEntityKeys(doc),
    };
  });
  const insertDoc = store.db.prepare(
    'INSERT INTO documents (id, source, outlet, title, published, doc) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertFts = store.db.prepare('INSERT INTO doc_fts (rowid, title, body) VALUES (?, ?, ?)');
  const insertEntity = store.db.prepare('INSERT OR IGNORE INTO doc_entities VALUES (?, ?)');
  store.db.pragma('synchronous = OFF');
  let count = store.count();
  for (let copy = 1; count < target; copy++) {
    for (let at = 0; at < keyed.length && count < target; at += CHUNK) {
      store.db.transaction(() => {
        for (const { row, title, body, entities } of keyed.slice(
          at,
          Math.min(at + CHUNK, at + target - count),
        )) {
          const { lastInsertRowid } = insertDoc.run(
            `${row.id}~${copy}`,
            row.source,
            row.outlet,
            row.title,
            row.published,
            row.doc,
          );
          insertFts.run(lastInsertRowid, title, body);
          for (const key of entities) insertEntity.run(key, lastInsertRowid);
          count++;
        }
      })();
    }
  }
  store.db.exec("INSERT INTO doc_fts (doc_fts) VALUES ('optimize')");
}

/** Title words of evenly spaced articles (one or two per query); every fourth with a clitic in front. */
function makeQueries(store: SqliteStore): string[] {
  const titles = (
    store.db.prepare('SELECT title FROM documents ORDER BY rowid').all() as { title: string }[]
  ).map((r) => r.title);
  const step = Math.max(1, Math.floor(titles.length / QUERIES));
  const queries: string[] = [];
  for (let i = 0; queries.length < QUERIES && i < titles.length; i += step) {
    const words = keyWords(titles[i])
      .map((w) => titles[i].slice(w.start, w.end))
      .filter((w) => w.length >= 4);
    if (words.length === 0) continue;
    const n = queries.length;
    const query = n % 3 === 0 && words.length > 1 ? `${words[0]} ${words[1]}` : words[n % words.length];
    queries.push(n % 4 === 0 ? `و${query}` : query);
  }
  return queries;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function timeQueries(store: SqliteStore, queries: string[]) {
  const times: number[] = [];
  const cpu: number[] = [];
  let totalHits = 0;
  for (const q of queries) {
    const t = performance.now();
    const c = process.cpuUsage();
    totalHits += searchDocs(store, q, { limit: 20 }).total;
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return { sorted: times.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b), totalHits };
}

export function runSearchBench(file: string, target: number) {
  const store = new SqliteStore(file);
  const started = performance.now();
  replicate(store, target);
  const replicateSeconds = (performance.now() - started) / 1000;
  const queries = makeQueries(store);
  const first = timeQueries(store, queries); // a first pass: cold caches (SQLite pages, word keys, JIT)
  const warm = timeQueries(store, queries);
  const result = {
    articles: store.count(),
    replicateSeconds,
    queries: queries.length,
    p50: percentile(warm.sorted, 50),
    p95: percentile(warm.sorted, 95),
    max: warm.sorted.at(-1) ?? 0,
    cpuP50: percentile(warm.cpu, 50),
    cpuP95: percentile(warm.cpu, 95),
    loadAverage: loadavg()[0],
    firstPassP50: percentile(first.sorted, 50),
    firstPassP95: percentile(first.sorted, 95),
    meanTotal: warm.totalHits / queries.length,
  };
  store.close();
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${JSON.stringify(runSearchBench(process.argv[2], Number(process.argv[3])))}\n`);
}
