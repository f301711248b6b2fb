import { describe, expect, it } from 'vitest';
import { progress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return {
    stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream,
    written,
  };
}

describe('progress', () => {
  it('draws the final count on a terminal', () => {
    const { stream, written } = fakeStream(true);
    const bar = progress('analyzing', 2, stream);
    bar.tick();
    bar.tick();
    bar.done();
    expect(written.join('')).toContain('[##############################] 2/2');
  });

  it('writes nothing when the stream is not a terminal', () => {
    const { stream, written } = fakeStream(false);
    const bar = progress('analyzing', 1, stream);
    bar.tick();
    bar.done();
    expect(written).toEqual([]);
  });
});
