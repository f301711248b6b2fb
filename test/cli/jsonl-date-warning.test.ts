import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMasar } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const TEXT = 'وصل الوفد إلى العاصمة صباح اليوم للمشاركة في جولة جديدة من المحادثات.';

describe('a .jsonl record whose published field holds no date masar reads', () => {
  const dir = makeTempDir('masar-jsonl-date-');
  const file = join(dir, 'feed.jsonl');
  writeFileSync(file, `${JSON.stringify({ text: TEXT, published: 'الأسبوع الماضي' })}\n`);
  const run = runMasar(['analyze', file]);

  it('is analyzed, and the run exits 0 (nothing was rejected)', () => {
    expect([run.status, JSON.parse(run.stdout).documents.length]).toEqual([0, 1]);
  });

  it('is named on stderr as a warning with the value it holds', () => {
    expect(run.stderr).toBe(
      `masar: warning ${file}:1: the "published" field "الأسبوع الماضي" is no date masar reads (YYYY-MM-DD or DD/MM/YYYY); the publication date is inferred instead\n`,
    );
  });
});
