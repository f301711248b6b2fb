/**
 * Aliases of one organization (or place) linked before grouping, three ways, each link tagged with its way:
 * - `parenthesis`: a name and the short form in the parenthesis after it (find-parenthetical-aliases);
 * - `acronym`: a one-word organization mention whose letters are the initials of exactly one multi-word
 *   organization name of its document that begins with a head noun or is a curated alias (قسد ← قوات سوريا
 *   الديمقراطية). Only tagged organizations, and none the gazetteers know as another name (تاس is TASS): a
 *   common word that happens to match (قال ← قوات الأمن اللبنانية) never links;
 * - `lexicon` / `gazetteer`: forms of one curated alias group (alias-lexicon), in the whole story.
 * Runs after the type repairs and before clustering: it may add untagged parenthetical short forms to `forms`.
 * The caller unions each link's two forms.
 */
import type { MasarDoc } from '../../types.js';
import { bareKey, loadPhraseWords } from '../phrases/load-phrase-words.js';
import { knownLatin } from '../romanize.js';
import { aliasGroupOf } from './alias-lexicon.js';
import type { Form } from './collect-forms.js';
import { findParenthetical, type ParentheticalAlias } from './find-parenthetical-aliases.js';
import { contentWords, isArabicAcronymOfWords } from './match-acronyms.js';

export type AliasWay = 'parenthesis' | 'acronym' | 'lexicon' | 'gazetteer';

export interface AliasLink extends ParentheticalAlias {
  how: AliasWay;
}

const isShort = (f: Form) =>
  f.type === 'ORG' && f.key.plain.length === 1 && f.spelling.length >= 3 && f.spelling.length <= 6;

/** A name that begins with an organization head noun (قوات، حركة، جبهة ... data/gazetteers/org-heads.json). */
const isHeaded = (f: Form) => loadPhraseWords().orgHeads.has(bareKey(f.display.split(/\s+/u)[0] ?? ''));

interface LongName {
  form: number;
  words: string[];
}

/** Multi-word organization forms (one per document and spelling) by the initial of their first content word. */
function longNames(forms: Form[]): Map<string, LongName[]> {
  const byInitial = new Map<string, LongName[]>();
  const seen = new Set<string>();
  forms.forEach((f, form) => {
    if (f.type !== 'ORG' || f.key.plain.length < 2 || seen.has(`${f.doc}|${f.spelling}`)) return;
    if (!isHeaded(f) && !aliasGroupOf(f)) return;
    seen.add(`${f.doc}|${f.spelling}`);
    const words = contentWords(f.display);
    if (words.length < 2) return;
    const list = byInitial.get(words[0][0]);
    if (list) list.push({ form, words });
    else byInitial.set(words[0][0], [{ form, words }]);
  });
  return byInitial;
}

function acronymLinks(forms: Form[]): AliasLink[] {
  const byInitial = longNames(forms);
  const links: AliasLink[] = [];
  const found = new Map<string, number[]>();
  forms.forEach((f, short) => {
    if (!isShort(f) || knownLatin('ORG', [f.display])) return;
    let hits = found.get(f.display);
    if (!hits) {
      const longs = byInitial.get(f.spelling[0]) ?? [];
      hits = longs.filter((l) => isArabicAcronymOfWords(f.display, l.words)).map((l) => l.form);
      found.set(f.display, hits);
    }
    const chosen = hits.filter((i) => forms[i].doc === f.doc);
    if (chosen.length > 0 && new Set(chosen.map((i) => forms[i].key.block)).size === 1)
      links.push({ long: chosen[0], short, how: 'acronym' });
  });
  return links;
}

function lexiconLinks(forms: Form[]): AliasLink[] {
  const first = new Map<string, number>();
  const links: AliasLink[] = [];
  forms.forEach((f, i) => {
    const group = aliasGroupOf(f);
    if (!group) return;
    const long = first.get(group.group);
    if (long === undefined) first.set(group.group, i);
    else links.push({ long, short: i, how: group.source });
  });
  return links;
}

export function linkAliases(docs: MasarDoc[], forms: Form[]): AliasLink[] {
  const parenthetical = findParenthetical(docs, forms).map((l): AliasLink => ({ ...l, how: 'parenthesis' }));
  return [...parenthetical, ...acronymLinks(forms), ...lexiconLinks(forms)];
}
