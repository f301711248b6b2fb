import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const README = read('README.md');
const SCRIPTS: Record<string, string> = JSON.parse(read('package.json')).scripts;
const TEST_COMMAND = 'npm ci && npm run test:all';
const DEMO_COMMAND = 'npm ci && npm run demo';
const firstScreen = README.split('\n').slice(0, 30).join('\n');

describe('the README first screen', () => {
  it('gives the test command', () => {
    expect(firstScreen).toContain(TEST_COMMAND);
  });

  it('gives the demo command', () => {
    expect(firstScreen).toContain(DEMO_COMMAND);
  });

  it('names only npm scripts that exist', () => {
    const named = [...firstScreen.matchAll(/npm run (?<name>[\w:-]+)/g)].map((m) => m.groups!.name);
    expect(named.filter((name) => !(name in SCRIPTS))).toEqual([]);
  });
});

describe('.ci/run', () => {
  it('calls exactly the README test command', () => {
    expect(read('.ci/run').split('\n')).toContain(TEST_COMMAND);
  });
});

describe('the README usage section', () => {
  it.each(['analyze', 'build', 'timeline', 'search', 'serve', 'ner'])('documents masar %s', (command) => {
    expect(README).toContain(`\`masar ${command} `);
  });
});
