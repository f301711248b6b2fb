/** chrono's testSingleCase: the text holds exactly one expression, checked field by field. */
import { expect } from 'vitest';
import { tagTime } from '../../src/time/index.js';
import type { Message, Timex } from '../../src/types.js';

export function testSingleCase(text: string, reference: string | null, expected: Partial<Timex>): Timex {
  const found = tagTime(text, reference);
  expect(found, `one timex in «${text}»: ${JSON.stringify(found.map((t) => t.text))}`).toHaveLength(1);
  expect(found[0]).toMatchObject(expected);
  return found[0];
}

export function testNoMatch(text: string, reference: string | null = '2017-12-14'): void {
  expect(tagTime(text, reference).map((t) => t.text)).toEqual([]);
}

export function messagesOf(text: string, reference: string | null): Message[] {
  const messages: Message[] = [];
  tagTime(text, reference, messages);
  return messages;
}

/** Thursday 14 December 2017: the reference of every table. */
export const REF = '2017-12-14';
