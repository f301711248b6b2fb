/**
 * Entity mentions of every document → `Form`s ready for grouping: the span trimmed to its letters and
 * cut back from function words after the name (./trim-function-words.ts),
 * leading titles cut from person names, an attached conjunction or preposition cut when it is unambiguous
 * (بالأستانة → الأستانة, or بأستانة when أستانة is at least as frequent a form in the corpus), the match key
 * computed, and a one-word nisba adjective (الروسية) pointed at its country. A form that names nothing (الله,
 * a currency noun: ./judge-not-names.ts) is dropped.
 */

import { NON_CLITIC_WORDS } from '../../text/clitic-exceptions.js';
import { lastStartingAtOrBefore } from '../../text/search-offsets.js';
import type { EntityMention, EntityType, MasarDoc } from '../../types.js';
import { lexiconHas } from '../romanize.js';
import { PROCLITIC_LETTERS, TITLE_WORDS } from './constants.js';
import { countryOfDemonym } from './demonyms.js';
import { isNotName } from './judge-not-names.js';
import { isDualDemonym, trimTrailingAccusative } from './judge-span-edges.js';
import { loadNames } from './load-names.js';
import { matchWords, type NameKey, nameKey } from './name-key.js';
import { isOrgHead } from './org-english.js';
import { restoreCutLetters, wordKnown } from './restore-cut-letters.js';
import { trimFunctionWords } from './trim-function-words.js';

export interface Form {
  doc: number;
  docId: string;
  start: number;
  end: number;
  /** The surface text of the (trimmed) span, a slice of the document text. */
  text: string;
  /** The name as shown in variants: `text` without attached clitics (للأمم → الأمم). */
  display: string;
  type: EntityType;
  key: NameKey;
  /** Plain words joined: what `nameDistance` compares. */
  spelling: string;
  /** For a nisba adjective: the Arabic name of its country. */
  country?: string;
  /** Set by link-demonym-forms: the name with a trailing country adjective (عفرين السورية), never canonical. */
  qualified?: boolean;
  /** Copied from the mention: found by the known-name pass, not by the tagger. */
  found?: EntityMention['found'];
}

const LETTER = /[\p{L}\p{M}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CLITIC_BEFORE_ARTICLE = new RegExp(`^[وف]?[${PROCLITIC_LETTERS}]?(?=ال[\\p{L}]{2})`, 'u');

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && !LETTER.test(text[start])) start++;
  while (end > start && !LETTER.test(text[end - 1])) end--;
  return [start, end];
}

/**
 * Start of the name after leading title words, nisba adjectives and the head noun of the body the person
 * speaks for (الرئيس الروسي فلاديمير بوتين, المرصد رامي عبد الرحمن).
 */
function skipTitles(text: string, start: number, end: number): number {
  for (const word of text.slice(start, end).matchAll(WORD)) {
    const norm = matchWords(word[0])[0] ?? '';
    if (!TITLE_WORDS.has(norm) && !countryOfDemonym(word[0]) && !isOrgHead(word[0]))
      return start + (word.index ?? 0);
  }
  return end;
}

/**
 * The name as shown: a لل prefix (for the tagger's span or the word it cut) read as the article (للامم →
 * الامم), unless ل + a known name word reads better (للبنان → لبنان، للندن → لندن).
 */
function displayOf(text: string, start: number, end: number): string {
  let wordStart = start;
  while (wordStart > 0 && /\p{L}/u.test(text[wordStart - 1])) wordStart--;
  const whole = text.slice(wordStart, end);
  if (!/^لل\p{L}{2}/u.test(whole)) return text.slice(start, end);
  const article = `ال${whole.slice(2)}`;
  return wordKnown(whole.slice(1)) && !wordKnown(article) ? whole.slice(1) : article;
}

function makeForm(doc: MasarDoc, index: number, m: EntityMention, text: string): Form | null {
  let [start, end] = trimSpan(text, m.start, m.end);
  start = restoreCutLetters(text, start, end);
  if (m.type === 'PER') start = skipTitles(text, start, end);
  end = trimTrailingAccusative(text, start, trimFunctionWords(text, start, end), m.type);
  start += CLITIC_BEFORE_ARTICLE.exec(text.slice(start, end))?.[0].length ?? 0;
  if (end - start < 2) return null;
  const surface = text.slice(start, end);
  const display = displayOf(text, start, end);
  if (isNotName(display, m.type)) return null;
  const country = m.type === 'PER' ? null : countryOfDemonym(display);
  if (country && isDualDemonym(display)) return null;
  const key = nameKey(country ?? display);
  if (key.words.length === 0) return null;
  const form: Form = {
    doc: index,
    docId: doc.id,
    start,
    end,
    text: surface,
    display,
    type: country ? 'LOC' : m.type,
    key,
    spelling: key.plain.join(' '),
  };
  if (country) form.country = country;
  if (m.found) form.found = m.found;
  return form;
}

/** Skeleton with the first letter kept: the skeleton drops a leading و (a long vowel), so «ولافيتسكي» and «لافيتسكي» would share it. */
const headedKey = (key: NameKey) => `${key.plain[0]?.[0] ?? ''}|${key.skeleton}`;

/** A first word that begins with the conjunction و: not a word whose و is its own (وليد، وزارة) and 3+ letters after it. */
function startsWithConjunction(display: string): boolean {
  const first = matchWords(display)[0] ?? '';
  return (
    first.startsWith('و') &&
    first.length >= 4 &&
    !NON_CLITIC_WORDS.has(first) &&
    !loadNames().givenNames[first]
  );
}

/**
 * A single attached letter (وبشار، بأستانة) cut when the rest is a form of the corpus at least as frequent
 * or a lexicon's name as spelled where the whole word is none (لموزاييك إف إم → موزاييك إف إم);
 * the conjunction و (ورأس عيسى، وبريطانيا) whatever the rest's count (a list «فرنسا وبريطانيا» may write
 * the name more often with it than without), unless the word is known to begin with و;
 * never when the whole word is a known name and the rest is not (لاهاي، فيينا: ./restore-cut-letters.ts),
 * nor from a person's first word that is a given name as it stands (كريم is no ك + ريم).
 */
function cutRareProclitics(forms: Form[]): void {
  const count = new Map<string, number>();
  for (const f of forms) count.set(headedKey(f.key), (count.get(headedKey(f.key)) ?? 0) + 1);
  for (const f of forms) {
    if (f.country || !PROCLITIC_LETTERS.includes(f.display[0]) || f.display.length < 4) continue;
    if (restoreCutLetters(f.display, 1, f.display.length) === 0) continue;
    // A person's first word that is a given name as it stands (كريم) has no proclitic to cut (not ك + ريم).
    if (f.type === 'PER' && loadNames().givenNames[matchWords(f.display)[0] ?? '']) continue;
    const rest = nameKey(f.display.slice(1));
    const restCount = count.get(headedKey(rest)) ?? 0;
    const conjunction = startsWithConjunction(f.display);
    const known = lexiconHas(f.display.slice(1)) && !lexiconHas(f.display);
    if (!conjunction && !known && (restCount === 0 || restCount < (count.get(headedKey(f.key)) ?? 0)))
      continue;
    Object.assign(f, {
      start: f.start + 1,
      text: f.text.slice(1),
      display: f.display.slice(1),
      key: rest,
      spelling: rest.plain.join(' '),
    });
  }
}

/**
 * Whether a mention lies wholly inside a time expression of its document: a month named like a person or a
 * company («في نيسان الماضي», «تموز 2018») is a date, not an entity.
 */
function insideTimex(doc: MasarDoc): (m: EntityMention) => boolean {
  const spans = [...(doc.data.time?.timexes ?? [])].sort((a, b) => a.start - b.start);
  if (spans.length === 0) return () => false;
  return (m) => {
    // the last time expression that starts at or before the mention (they do not overlap)
    const t = spans[lastStartingAtOrBefore(spans, m.start)];
    return t !== undefined && m.end <= t.end;
  };
}

export function collectForms(docs: MasarDoc[]): Form[] {
  const forms: Form[] = [];
  docs.forEach((doc, index) => {
    const text = doc.data.clean?.text ?? '';
    const isDate = insideTimex(doc);
    for (const m of doc.data.entities?.mentions ?? []) {
      if (isDate(m)) continue;
      const form = makeForm(doc, index, m, text);
      if (form) forms.push(form);
    }
  });
  cutRareProclitics(forms);
  return forms;
}
