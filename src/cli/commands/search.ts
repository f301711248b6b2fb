import { type SearchHit, searchDocs } from '../../search/search-docs.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { existingStore, parse, printHelp, UsageError } from '../options.js';

export const SEARCH_HELP = `Usage: masar search --db <file> [--json] [--limit N] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                    [--source S] [--entity NAME] <query>

Full-text search over the stored articles, ranked by BM25; Arabic spelling variants and clitics match
(أستانة finds الأستانة, استانا, وأستانا, آستانة). Text output: one hit per two lines (score, date,
outlet, title; the snippet with the matched words between «»); how many articles match goes to stderr.`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${option}: "${value}" is not a positive whole number`);
  return n;
}

function day(value: string | undefined, option: string): string | undefined {
  if (value !== undefined && !DAY.test(value))
    throw new UsageError(`--${option}: "${value}" is not a date of the form YYYY-MM-DD`);
  return value;
}

/** Highlights with only spaces between them read as one phrase: «وقف إطلاق النار», not «وقف» «إطلاق» «النار». */
function joinAdjacent(text: string, offset: number, highlights: SearchHit['snippet']['highlights']) {
  const joined: { start: number; end: number }[] = [];
  for (const h of highlights) {
    const last = joined.at(-1);
    if (last && /^\s*$/u.test(text.slice(last.end - offset, h.start - offset))) last.end = h.end;
    else joined.push({ start: h.start, end: h.end });
  }
  return joined;
}

export function marked(hit: Pick<SearchHit, 'snippet'>): string {
  const { text, start, highlights } = hit.snippet;
  let out = '';
  let at = 0;
  for (const h of joinAdjacent(text, start, highlights)) {
    out += `${text.slice(at, h.start - start)}«${text.slice(h.start - start, h.end - start)}»`;
    at = h.end - start;
  }
  return (out + text.slice(at)).replace(/\s+/gu, ' ');
}

/** How many matched and how many are shown, on stderr (stdout keeps one hit per two lines). */
function countLine(query: string, total: number, capped: boolean, shown: number): string {
  if (total === 0) return `masar search: no article matches "${query}"\n`;
  const all = `${total}${capped ? '+' : ''}`;
  return `masar search: ${all} ${total === 1 ? 'article matches' : 'articles match'}${shown < total ? `; the first ${shown} shown (--limit)` : ''}\n`;
}

export async function searchCommand(args: string[]): Promise<number> {
  const str = { type: 'string' } as const;
  const { values, positionals } = parse(args, {
    db: str,
    json: { type: 'boolean' },
    limit: str,
    from: str,
    to: str,
    source: str,
    entity: str,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printHelp(SEARCH_HELP);
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError('search needs a query');
  const filter = {
    limit: positiveInt(values.limit, 'limit', 20),
    from: day(values.from, 'from'),
    to: day(values.to, 'to'),
    source: values.source,
    entity: values.entity ? [values.entity] : undefined,
  };
  const store = new SqliteStore(existingStore(values.db));
  try {
    const result = searchDocs(store, query, filter);
    if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      process.stderr.write(countLine(query, result.total, result.totalCapped, result.hits.length));
      for (const h of result.hits)
        process.stdout.write(
          `${h.score.toPrecision(3)}\t${h.published ?? '-'}\t${h.outlet}\t${h.title}\n\t${marked(h)}\n`,
        );
    }
    return 0;
  } finally {
    store.close();
  }
}
