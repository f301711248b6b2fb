import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../../../src/entities/ner/feature-table.js';
import { featureId, hashString, mixHash } from '../../../src/entities/ner/hash.js';

describe('hashString', () => {
  it('is FNV-1a 32-bit (the reference value of "a")', () => {
    expect(hashString('a')).toBe(0xe40c292c);
  });

  it('gives the offset basis for the empty string', () => {
    expect(hashString('')).toBe(0x811c9dc5);
  });
});

describe('featureId', () => {
  it('equals the template hash mixed with each value hash, as the tagger combines them', () => {
    expect(featureId('w-1|w', 'قال', 'الرييس')).toBe(
      mixHash(mixHash(hashString('w-1|w'), hashString('قال')), hashString('الرييس')),
    );
  });

  it('depends on the order of the values', () => {
    expect(featureId('t', 'a', 'b')).not.toBe(featureId('t', 'b', 'a'));
  });
});

describe('FeatureTable', () => {
  const ids = Array.from({ length: 1000 }, (_, k) => hashString(`f${k}`));
  const table = new FeatureTable(ids);

  it('finds every id at its row', () => {
    expect(ids.every((id, row) => table.get(id) === row)).toBe(true);
  });

  it('answers -1 for an unknown id', () => {
    expect(table.get(hashString('unknown'))).toBe(-1);
  });

  it('keeps ids that share the low bits apart', () => {
    const clash = new FeatureTable([0x10, 0x1000010, 0xffff0010]);
    expect([clash.get(0x10), clash.get(0x1000010), clash.get(0xffff0010)]).toEqual([0, 1, 2]);
  });
});
