import { stripSuffix } from '../text/clitics.js';
import type { MasarDoc, Token } from '../types.js';
import { DELEGATION_WORDS, HEAD_WORDS } from './lexicon.js';

const has = (set: Set<string>, t: Token) =>
  set.has(t.stem) || set.has(t.norm) || set.has(stripSuffix(t.stem));

/**
 * People named in sentences about delegations and their heads («وفد عسكري يرأسه أحمد سالم», «يترأس الوفد
 * الروسي إيفان بيتروف»): indices of their entity mentions in the document.
 */
export function delegationHeads(doc: MasarDoc): number[] {
  const { tokens = [], sentences = [] } = doc.data.segments ?? {};
  const headed = new Set<number>();
  sentences.forEach((s, i) => {
    const words = tokens.slice(s.tokenStart, s.tokenEnd);
    if (words.some((t) => has(DELEGATION_WORDS, t)) && words.some((t) => has(HEAD_WORDS, t))) headed.add(i);
  });
  return (doc.data.entities?.mentions ?? []).flatMap((m, i) =>
    m.type === 'PER' && headed.has(m.sentence) ? [i] : [],
  );
}
