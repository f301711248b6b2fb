import type { EntityMention, EntityType, Segments } from '../types.js';

/**
 * First version of the entity tagger: a word after a title or role trigger starts a person name (up to
 * three name-like words), a word after an organization head starts an organization; a short list of
 * place triggers (عاصمة، مدينة) marks places. Replaced by the learned tagger (src/entities/ner).
 */
const PERSON_TRIGGERS = new Set(['الرئيس', 'المبعوث', 'الوزير', 'وزير', 'رئيس', 'السفير', 'الأمين', 'نائب', 'الملك']);
const ORG_HEADS = new Set(['وزاره', 'حركه', 'جيش', 'هيئه', 'وكاله', 'منظمه', 'مجلس', 'الامم']);
const PLACE_TRIGGERS = new Set(['عاصمه', 'مدينه', 'العاصمه', 'المدينه']);

function span(tokens: Segments['tokens'], from: number, to: number, type: EntityType): EntityMention {
  const first = tokens[from];
  const last = tokens[to - 1];
  const key = tokens.slice(from, to).map((t) => t.stem).join(' ');
  return { start: first.start, end: last.end, text: '', type, key, sentence: first.sentence };
}

export function tagEntities(text: string, segments: Segments): EntityMention[] {
  const { tokens } = segments;
  const mentions: EntityMention[] = [];
  const isWord = (i: number) => tokens[i] && /\p{L}/u.test(tokens[i].text) && tokens[i].sentence === tokens[i - 1]?.sentence;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i].norm;
    if (ORG_HEADS.has(tokens[i].stem) || ORG_HEADS.has(norm)) {
      if (isWord(i + 1)) mentions.push(span(tokens, i, i + 2, 'ORG'));
    } else if (PLACE_TRIGGERS.has(norm) && isWord(i + 1)) {
      mentions.push(span(tokens, i + 1, i + 2, 'LOC'));
    } else if (PERSON_TRIGGERS.has(tokens[i].text)) {
      let end = i + 1;
      while (end < i + 4 && isWord(end) && !PERSON_TRIGGERS.has(tokens[end].text)) end++;
      if (end > i + 1) mentions.push(span(tokens, i + 1, end, 'PER'));
    }
  }
  for (const m of mentions) m.text = text.slice(m.start, m.end);
  return mentions;
}
