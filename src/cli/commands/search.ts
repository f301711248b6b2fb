import { SqliteStore } from '../../store/sqlite-store.js';
import { parse, printHelp, requireString, UsageError } from '../options.js';

export const SEARCH_HELP = `Usage: masar search --db <file> [--json] [--limit N] <query>

Full-text search over the stored articles; Arabic spelling variants match (أستانة finds استانا).`;

export async function searchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { db: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) return printHelp(SEARCH_HELP);
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError('search needs a query');
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit: "${values.limit}" is not a positive whole number`);
  const store = new SqliteStore(requireString(values.db, 'db'));
  const hits = store.search({ text: query, limit });
  store.close();
  if (values.json) process.stdout.write(`${JSON.stringify({ query, hits }, null, 2)}\n`);
  else for (const h of hits) process.stdout.write(`${h.score.toFixed(2)}\t${h.title}\t${h.source}\n\t${h.snippet}\n`);
  return 0;
}
