import { describe, expect, it } from 'vitest';
import { ANALYZE_HELP } from '../../src/cli/commands/analyze.js';
import { BUILD_HELP } from '../../src/cli/commands/build.js';
import { TIMELINE_HELP } from '../../src/cli/commands/timeline.js';
import { MAIN_HELP } from '../../src/cli/main.js';
import { READING_OPTIONS } from '../../src/cli/options.js';
import { runMasar } from '../helpers/cli.js';

/** The commands of the contract (../shared/spec/README.md). */
const COMMANDS = ['analyze', 'build', 'timeline', 'search', 'serve', 'ner'];

describe('masar --help', () => {
  it('prints the list of commands and exits 0', () => {
    const run = runMasar(['--help']);
    expect(run.status).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command} `);
  });

  it.each(COMMANDS)('lists %s in the main help', (command) => {
    expect(MAIN_HELP).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});

describe.each(COMMANDS)('masar %s --help', (command) => {
  const run = runMasar([command, '--help']);

  it('exits 0 with nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('prints the usage of the command', () => {
    expect(run.stdout).toMatch(new RegExp(`^Usage: masar ${command}\\b`));
  });
});

describe.each([
  ['analyze', ANALYZE_HELP],
  ['build', BUILD_HELP],
  ['timeline', TIMELINE_HELP],
])('masar %s --help', (_command, help) => {
  it.each(Object.keys(READING_OPTIONS).filter((o) => o !== 'help'))('explains --%s', (option) => {
    expect(help).toMatch(new RegExp(`^  --${option} `, 'm'));
  });
});
