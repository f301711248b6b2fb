/**
 * The issue's acceptance on the five seed reports (../shared/seeds). Seed facts live here, in the test, never
 * in product code. Two parts:
 * - "with hand-listed mentions": the seeds' names found by a hand-made list stand in for the tagger, so the
 *   resolver alone is judged;
 * - "[needs the NER tagger]": the real pipeline (tagger, then the story step's known-name pass, then the
 *   resolver); these pass only when the tagger finds the mentions, or the pass finds them again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePaths } from '../../../src/cli/analyze-paths.js';
import { findKnownMentions } from '../../../src/entities/propagate/find-known-mentions.js';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import type { StoryEntity } from '../../../src/story/schema.js';
import type { EntityMention, EntityType, MasarDoc } from '../../../src/types.js';
import { HAS_SHARED, SEEDS } from '../../helpers/shared.js';

/** The envoy's spellings in the raw seeds; the cleaner drops the photo caption that holds ستافان دي ميستورا. */
const ENVOY = ['ستيفان دي ميستورا', 'ستافان دي ميستورا', 'ستافان دي مستورا'];
const RUSSIAN_ENVOY = ['ألكسندر لافرينتييف', 'ألكسندر لافرنتييف'];
const ASTANA = ['أستانة', 'الأستانة', 'أستانا', 'استانا', 'نور سلطان'];
const OTHERS: [string, EntityType][] = [
  ['بشار الأسد', 'PER'],
  ['بشار الجعفري', 'PER'],
  ['ستيفان دوجاريك', 'PER'],
  ['دي ميستورا', 'PER'],
  ['لافرنتييف', 'PER'],
];
const LISTED: [string, EntityType][] = [
  ...ENVOY.map((n): [string, EntityType] => [n, 'PER']),
  ...RUSSIAN_ENVOY.map((n): [string, EntityType] => [n, 'PER']),
  ...ASTANA.map((n): [string, EntityType] => [n, 'LOC']),
  ...OTHERS,
];

/** Every whole-word occurrence of a listed name, longest names first, no overlaps. */
function listedMentions(text: string): EntityMention[] {
  const taken: EntityMention[] = [];
  for (const [name, type] of [...LISTED].sort((a, b) => b[0].length - a[0].length)) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])[وبل]?${name}(?![\\p{L}])`, 'gu'))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      taken.push({ start, end, text: m[0], type, key: '', sentence: 0 });
    }
  }
  return taken;
}

let cleanTexts = '';
const inClean = (names: string[]) => names.filter((n) => cleanTexts.includes(n));
const holding = (entities: StoryEntity[], variant: string) =>
  entities.filter((e) => e.variants.includes(variant));
const people = (entities: StoryEntity[], first: string) =>
  entities.filter((e) => e.type === 'PER' && e.name.startsWith(first) && e.name.includes(' '));

describe.skipIf(!HAS_SHARED)('seeds, with hand-listed mentions', () => {
  let entities: StoryEntity[] = [];
  beforeAll(() => {
    const { docs } = analyzePaths([SEEDS], {});
    cleanTexts = docs.map((d) => d.data.clean!.text).join('\n');
    const listed: MasarDoc[] = docs.map((d) => ({
      ...d,
      data: { ...d.data, entities: { mentions: listedMentions(d.data.clean!.text) } },
    }));
    entities = resolveEntities(listed);
  });

  it("unifies the UN envoy's spellings that survive cleaning in one entity", () => {
    expect(inClean(ENVOY).length).toBeGreaterThanOrEqual(2);
    expect(holding(entities, ENVOY[0])[0]?.variants).toEqual(expect.arrayContaining(inClean(ENVOY)));
  });

  it("unifies the Russian envoy's two spellings in one entity", () => {
    expect(holding(entities, RUSSIAN_ENVOY[0])[0]?.variants).toEqual(expect.arrayContaining(RUSSIAN_ENVOY));
  });

  it("unifies Astana's five forms, its later name included", () => {
    expect(holding(entities, 'أستانة')[0]?.variants).toEqual(expect.arrayContaining(ASTANA));
  });

  it('keeps the two Bashars apart', () => {
    expect(people(entities, 'بشار')).toHaveLength(2);
  });

  it('keeps the two Stephans apart', () => {
    expect(people(entities, 'ستيفان')).toHaveLength(2);
  });

  it("links the envoy's surname alone to his full name", () => {
    expect(holding(entities, 'دي ميستورا')[0]?.name).toMatch(/دي م/);
  });
});

describe.skipIf(!HAS_SHARED)('seeds through the pipeline [needs the NER tagger]', () => {
  let entities: StoryEntity[] = [];
  beforeAll(() => {
    const { docs } = analyzePaths([SEEDS], {});
    cleanTexts = docs.map((d) => d.data.clean!.text).join('\n');
    findKnownMentions(docs);
    entities = resolveEntities(docs);
  });

  // The tagger stops at «ستافان دي» in seed 002 (checked at commit c282b4e); the known-name pass widens it.
  it("[needs the NER tagger] unifies the UN envoy's spellings", () => {
    expect(holding(entities, ENVOY[0])[0]?.variants).toEqual(expect.arrayContaining(inClean(ENVOY)));
  });

  it("[needs the NER tagger] unifies the Russian envoy's two spellings", () => {
    expect(holding(entities, RUSSIAN_ENVOY[0])[0]?.variants).toEqual(expect.arrayContaining(RUSSIAN_ENVOY));
  });

  it("[needs the NER tagger] unifies Astana's five forms", () => {
    expect(holding(entities, 'أستانة')[0]?.variants).toEqual(expect.arrayContaining(ASTANA));
  });

  it('keeps the two Bashars apart', () => {
    expect(people(entities, 'بشار').length).toBeLessThanOrEqual(2);
    expect(new Set(holding(entities, 'بشار الأسد').concat(holding(entities, 'بشار الجعفري'))).size).not.toBe(
      1,
    );
  });

  it('keeps the two Stephans apart', () => {
    const envoy = holding(entities, 'ستيفان دي ميستورا');
    expect(envoy.some((e) => e.variants.includes('ستيفان دوجاريك'))).toBe(false);
  });
});
