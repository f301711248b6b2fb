/**
 * Rules that judge one line by itself (chrono-style: one small function per idea). Each returns the reason
 * to drop the line, or null. Context rules (captions, link lists, repeats, the end of the article) are in
 * ./context-rules.ts.
 */
import { normalizeForMatch } from '../text/normalize.js';
import { arabicShare, type LineInfo } from './line-features.js';
import {
  CREDIT_WORDS,
  END_MARKERS,
  TEASER_LEADS,
  WIDGET_LABELS,
  WIDGET_PHRASES,
} from './widget-vocabulary.js';

export type LineRule = (line: LineInfo) => string | null;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const keys = (phrases: string[]) =>
  [...new Set(phrases.map((p) => normalizeForMatch(p)))].sort((a, b) => b.length - a.length).map(escapeRegex);
/** A phrase as a whole word sequence: not inside a longer word. */
const phraseRe = (phrases: string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${keys(phrases).join('|')})(?![\\p{L}])`, 'u');

const WIDGET = phraseRe(WIDGET_PHRASES);
const LABEL = phraseRe(WIDGET_LABELS);
/** An end marker that opens the line, possibly glued to what follows («8المقال السابقخاص …»). */
const END_MARKER = new RegExp(`^[^\\p{L}]*(?:${keys(END_MARKERS).join('|')})`, 'u');
/** A teaser lead that opens the line and a separator after it: «قد يهمك/ …», «اقرأ أيضا: …», «قد يهمك.. …». */
const TEASER = new RegExp(`^[^\\p{L}]*(?:${keys(TEASER_LEADS).join('|')})\\s*(?:[:/|\\-–—.…»«>]+)`, 'u');
const CREDIT = new RegExp(`\\((?:[^()]*?)(?:${keys(CREDIT_WORDS).join('|')})(?:[^()]*)\\)[\\s.]*$`, 'u');
/** «تصوير: …», «عدسة: …», «Photo: …» on a short line. */
const CREDIT_LABEL = /(?<![\p{L}])(?:تصوير|عدسه|photo|credit|image)\s*:/u;
const URL = /(?:https?:\/\/|www\.|\.(?:com|net|org|info|tv)(?:\/|\b))/u;

const MAX_WIDGET_WORDS = 10;
/** A teaser holds one headline: longer lines that open with a lead are prose about it. */
const MAX_TEASER_WORDS = 30;
const MAX_LABEL_WORDS = 3;
const MAX_CREDIT_WORDS = 15;
const MIN_WORDS = 8;
const MIN_WORDS_IF_SENTENCE = 4;
const MIN_ARABIC_SHARE = 0.5;

export const noLetters: LineRule = (line) => (line.letters === 0 ? 'no letters' : null);

export const TEASER_REASON = 'related-article teaser';

export const teaser: LineRule = (line) =>
  line.words <= MAX_TEASER_WORDS && TEASER.test(line.norm) ? TEASER_REASON : null;

export const endMarker: LineRule = (line) =>
  line.words <= 16 && END_MARKER.test(line.norm) && !line.endsSentence ? 'end of article marker' : null;

export const widget: LineRule = (line) =>
  (line.words <= MAX_WIDGET_WORDS && WIDGET.test(line.norm)) ||
  (line.words <= MAX_LABEL_WORDS && LABEL.test(line.norm))
    ? 'widget vocabulary'
    : null;

export const urlOrDomain: LineRule = (line) =>
  line.words <= 4 && URL.test(line.norm) ? 'URL or domain name' : null;

export const photoCredit: LineRule = (line) =>
  line.words <= MAX_CREDIT_WORDS && (CREDIT.test(line.norm) || CREDIT_LABEL.test(line.norm))
    ? 'photo credit or source tag'
    : null;

export const foreignScript: LineRule = (line) =>
  arabicShare(line) < MIN_ARABIC_SHARE ? 'mostly non-Arabic script' : null;

export const tooShort: LineRule = (line) =>
  line.words < MIN_WORDS && !(line.endsSentence && line.words >= MIN_WORDS_IF_SENTENCE) ? 'short line' : null;

/** In order: the first rule that fires gives the reason. */
export const LINE_RULES: readonly LineRule[] = [
  noLetters,
  teaser,
  endMarker,
  widget,
  urlOrDomain,
  photoCredit,
  foreignScript,
  tooShort,
];
