/**
 * Entity mentions of a document from the learned tagger (src/entities/ner): the document's sentences are
 * tagged together with BIO tags (the second pass reads the first pass's tags of the same words elsewhere in
 * the document) and every chunk becomes a mention with offsets into the display text.
 *
 * Span choice: the mention covers its tokens, except that a conjunction or preposition glued to the first
 * token (و ف ب ل ك) is left out of the span when it can be told apart safely: the rest is a gazetteer
 * name (وسوريا → سوريا) or the clitic stands before the article (بالقاهرة → القاهرة). The key is always
 * clitic-stripped: the tokens' match keys (Token.stem: article and proclitics removed), space-joined.
 * A chunk ends before a proclitic that stands alone as a token («لـ» of «لـCNN», split off by the tokenizer at
 * the change of script): a name does not run across it («جمال خاشقجي لـCNN» is «جمال خاشقجي»).
 * The phrase rules (./phrases) then drop mentions whose form is no name and add or widen organization and
 * place phrases the tagger missed (found: 'phrase').
 */
import type { EntityMention, EntityType, Segments, Token } from '../types.js';
import { chunksOfTags } from './ner/chunks.js';
import { loadGazetteers } from './ner/gazetteers.js';
import { procliticReadings } from './ner/proclitics.js';
import { tagSentences } from './ner/tag-sentence.js';
import { findPhraseMentions, type PhraseTally } from './phrases/index.js';

const TYPE_OF: Record<string, EntityType> = { PERS: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };
const MARK = /[\p{Mn}\u0640]/u;

/** Letters a name keeps after its proclitic is cut (بان is no ب + ان), and after the article (وكالة no وك + الة). */
const MIN_REST = 3;

/**
 * How many display characters the safely separable proclitic of a token takes (0 when none). A token that is
 * itself a gazetteer word keeps its first letter (فيينا, لاهاي).
 */
export function procliticLength(token: Token): number {
  const words = loadGazetteers().words;
  if (words.has(token.norm)) return 0;
  const reading = procliticReadings(token.norm).find(
    ({ prefix, rest }) =>
      rest.length >= MIN_REST &&
      (words.has(rest) ||
        (rest.startsWith('ال') && rest.length >= 2 + MIN_REST && token.norm.startsWith(`${prefix}ال`))),
  );
  if (!reading) return 0;
  let letters = 0;
  let k = 0;
  while (k < token.text.length && letters < reading.prefix.length) if (!MARK.test(token.text[k++])) letters++;
  while (k < token.text.length && MARK.test(token.text[k])) k++;
  return k < token.text.length ? k : 0;
}

function toMention(text: string, tokens: Token[], type: EntityType): EntityMention {
  const [first, last] = [tokens[0], tokens[tokens.length - 1]];
  const start = first.start + procliticLength(first);
  const key = tokens.map((t) => t.stem).join(' ');
  return { start, end: last.end, text: text.slice(start, last.end), type, key, sentence: first.sentence };
}

/** A proclitic or the article standing alone, perhaps drawn out by tatweel: «لـ», «بـ», «الـ», «و». */
const BARE_CLITIC = /^(?:[وفبلك]|ال)\u0640*$/u;

/** The chunk's tokens up to the first bare proclitic (all of them when there is none). */
export function untilBareClitic(tokens: Token[]): Token[] {
  const cut = tokens.findIndex((t) => BARE_CLITIC.test(t.text));
  return cut === -1 ? tokens : tokens.slice(0, cut);
}

/** The tagger's own mentions, before the phrase rules. */
export function taggerMentions(text: string, segments: Segments): EntityMention[] {
  const mentions: EntityMention[] = [];
  const sentences = segments.sentences.map((s) => segments.tokens.slice(s.tokenStart, s.tokenEnd));
  const tagged = tagSentences(sentences.map((tokens) => tokens.map((t) => t.text)));
  for (const [s, tokens] of sentences.entries()) {
    for (const chunk of chunksOfTags(tagged[s])) {
      const type = TYPE_OF[chunk.type];
      const span = untilBareClitic(tokens.slice(chunk.start, chunk.end));
      if (type && span.length > 0) mentions.push(toMention(text, span, type));
    }
  }
  return mentions;
}

export function tagEntities(text: string, segments: Segments, tally?: PhraseTally): EntityMention[] {
  return findPhraseMentions(text, segments, taggerMentions(text, segments), tally);
}
