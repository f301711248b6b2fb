import { describe, expect, it } from 'vitest';
import { outletOf } from '../../src/store/pack-doc.js';
import type { MasarDoc } from '../../src/types.js';

const docWith = (meta: Partial<MasarDoc['meta']>) =>
  ({ meta: { source: '', ...meta } }) as unknown as MasarDoc;

describe('outletOf', () => {
  it('names a page by its site name first', () => {
    expect(outletOf(docWith({ source: 'https://www.example.com/a', siteName: 'Example News' }))).toBe(
      'Example News',
    );
  });

  it('names a page without a site name by its host, without www.', () => {
    expect(outletOf(docWith({ source: 'https://www.example.com/a' }))).toBe('example.com');
  });

  it('names a file on disk by its file name, not its whole path', () => {
    expect(outletOf(docWith({ source: '/tmp/pile/report-03.txt' }))).toBe('report-03.txt');
  });
});
