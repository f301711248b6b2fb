import { describe, expect, it } from 'vitest';
import { orgLatin } from '../../../src/entities/resolve/org-names.js';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import { docOf } from './make-docs.js';

const orgs = (docs: Parameters<typeof resolveEntities>[0]) =>
  resolveEntities(docs).filter((e) => e.type === 'ORG');

describe('link-org-forms', () => {
  it('links the name without its head to the full name in another document', () => {
    const entities = orgs([
      docOf('a', [['وزارة الخارجية الروسية', 'ORG']]),
      docOf('b', [['الخارجية الروسية', 'ORG']]),
    ]);
    expect(entities.map((e) => e.variants.sort())).toEqual([['الخارجية الروسية', 'وزارة الخارجية الروسية']]);
  });

  it('links a bare portfolio to the one ministry of its document', () => {
    const entities = orgs([
      docOf('a', [
        ['وزارة الخارجية الروسية', 'ORG'],
        ['الخارجية', 'ORG'],
      ]),
    ]);
    expect(entities).toHaveLength(1);
  });

  it('leaves a bare portfolio alone when its document has two such ministries', () => {
    const entities = orgs([
      docOf('a', [
        ['وزارة الخارجية الروسية', 'ORG'],
        ['وزارة الخارجية التركية', 'ORG'],
        ['الخارجية', 'ORG'],
      ]),
    ]);
    expect(entities).toHaveLength(3);
  });

  it('does not link a bare portfolio to a ministry of another document', () => {
    const entities = orgs([
      docOf('a', [['وزارة الخارجية الروسية', 'ORG']]),
      docOf('b', [['الخارجية', 'ORG']]),
    ]);
    expect(entities).toHaveLength(2);
  });

  it('names the entity by its full form even when the short form is more frequent', () => {
    const [entity] = orgs([
      docOf('a', [
        ['وزارة الخارجية الروسية', 'ORG'],
        ['الخارجية الروسية', 'ORG'],
        ['الخارجية الروسية', 'ORG'],
      ]),
    ]);
    expect([entity.name, entity.latin]).toEqual([
      'وزارة الخارجية الروسية',
      'Russian Ministry of Foreign Affairs',
    ]);
  });
});

describe('orgLatin', () => {
  const CASES: [string, string | null][] = [
    ['وزارة الخارجية الروسية', 'Russian Ministry of Foreign Affairs'],
    ['وزارة الدفاع', 'Ministry of Defence'],
    ['الجيش السوري', 'Syrian Army'],
    ['وزارة التعليم العالي المصرية', 'Egyptian Ministry of Higher Education'],
    ['حركة حماس', 'Hamas'],
    ['الأمم المتحدة', null],
  ];
  for (const [arabic, latin] of CASES) it(`${arabic} → ${latin}`, () => expect(orgLatin(arabic)).toBe(latin));
});
