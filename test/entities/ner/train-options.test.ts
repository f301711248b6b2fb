import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../src/entities/ner/model.js';
import { tagSentences } from '../../../src/entities/ner/tag-sentence.js';
import { sharedPath } from '../../helpers/shared.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

const HAS_TRAIN = existsSync(
  sharedPath('data', 'ner', 'anercorp', 'ANERCorp_CamelLab_train.reconstructed.txt'),
);

describe.skipIf(!HAS_TRAIN)('npm run train:ner -- --name-grams --harvest (60 sentences, one epoch)', () => {
  const out = join(makeTempDir('ner-options-'), 'model.json.gz');
  const args = ['--limit', '60', '--clusters', 'none', '--no-lexicon', '--max-epochs', '1', '--out', out];
  const run = spawnSync('npx', ['tsx', 'scripts/train-ner.ts', ...args, '--name-grams', '--harvest'], {
    encoding: 'utf8',
  });

  it('parses both options and writes a model', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('writes the gram table and the harvested words into the model, which then tags', () => {
    const model = loadModel(out);
    expect(model.nameGrams?.grams.size).toBeGreaterThan(0);
    expect([...(model.names?.values() ?? [])]).toContain('H-LOC');
    expect(tagSentences([['زار', 'الوزير', 'دمشق']], model)[0]).toHaveLength(3);
  });
});
