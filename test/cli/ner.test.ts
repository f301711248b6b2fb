import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../src/cli/commands/ner.js';
import { runMasar } from '../helpers/cli.js';
import { HAS_SHARED, sharedPath } from '../helpers/shared.js';

const TEST = sharedPath('data', 'ner', 'anercorp', 'ANERCorp_CamelLab_test.reconstructed.txt');
const TAG = /^(O|[BI]-(PERS|ORG|LOC|MISC))$/;

describe.skipIf(!HAS_SHARED)('masar ner --input <ANERcorp test>', () => {
  const run = runMasar(['ner', '--input', TEST]);
  const input = readFileSync(TEST, 'utf8').replace(/\r/g, '').split('\n');
  const output = run.stdout.split('\n');
  // Trailing blank lines do not separate sentences: compare up to the last token line of each.
  const trimEnd = (lines: string[]) => {
    let end = lines.length;
    while (end > 0 && lines[end - 1].trim() === '') end--;
    return lines.slice(0, end);
  };

  it('exits 0 with nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('writes one line per input line, blank lines in the same places', () => {
    const blanks = (lines: string[]) => trimEnd(lines).map((l) => l.trim() === '');
    expect(blanks(output)).toEqual(blanks(input));
  });

  it('repeats each token of the input as the first column, in order', () => {
    const tokens = (lines: string[], sep: RegExp) =>
      trimEnd(lines)
        .filter((l) => l.trim() !== '')
        .map((l) => l.split(sep)[0]);
    expect(tokens(output, /\t/)).toEqual(tokens(input, /\s/));
  });

  it('gives every token one tag of the BIO set over PERS, ORG, LOC, MISC', () => {
    const bad = trimEnd(output).filter((l) => l !== '' && !TAG.test(l.split('\t')[1] ?? ''));
    expect(bad).toEqual([]);
  });
});

describe('masar ner on stdin', () => {
  it('tags a two-sentence CoNLL text, keeping the blank line between them', () => {
    const run = runMasar(['ner'], 'قال\tO\nغريفيث\tB-PERS\n\nفي\tO\nستوكهولم\tB-LOC\n');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['قال', 'غريفيث', '', 'في', 'ستوكهولم']);
  });

  it('names a missing --input file on stderr and exits 3', () => {
    const run = runMasar(['ner', '--input', 'no/such/file.conll']);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('no/such/file.conll');
  });
});

describe('masar ner --post', () => {
  const input = 'وأعلنت\nوزارة\nالزراعة\nأمس\n';

  it('rejects an unknown pass with exit status 2', () => {
    const run = runMasar(['ner', '--post', 'places,rules'], input);
    expect(run.status).toBe(2);
  });

  it('runs all the phrase rules with --post phrases (an organization head and its complement)', () => {
    const run = runMasar(['ner', '--post', 'phrases'], input);
    expect(run.stdout.split('\n').slice(1, 3)).toEqual(['وزارة\tB-ORG', 'الزراعة\tI-ORG']);
  });
});

describe('parsePost', () => {
  it('reads a comma list of passes', () => {
    expect(parsePost('places,known')).toEqual(['places', 'known']);
  });

  it('reads none as no pass', () => {
    expect(parsePost('none')).toEqual([]);
  });

  it('returns null for an unknown pass', () => {
    expect(parsePost('known,all')).toBeNull();
  });
});
