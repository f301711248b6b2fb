/**
 * A name followed by a parenthesis holding its short form (Schwartz & Hearst 2003): «قوات سوريا الديمقراطية
 * (قسد)», «منظمة حظر الأسلحة الكيميائية (OPCW)». The short form is linked when it is the Arabic acronym of the
 * name, a Latin acronym of the name's English form (latin.json, the gazetteers, an organization built on a
 * head noun, the alias lexicon), or an alias of the same group in the alias lexicon. A short form the tagger
 * left untagged becomes a form of the name's type; a tagged one takes the name's type (ناسا tagged MISC) and
 * the parenthesis's exact text (a letter read as a clitic is given back: بترا, not ترا).
 */
import type { MasarDoc } from '../../types.js';
import { knownLatin } from '../romanize.js';
import { aliasGroupOf, orgAliases } from './alias-lexicon.js';
import type { Form } from './collect-forms.js';
import { isArabicAcronym, isLatinAcronym } from './match-acronyms.js';
import { nameKey } from './name-key.js';
import { orgLatin } from './org-names.js';

const PARENTHESIS = /\((?<inner>\s*(?<short>[\p{L}\p{M}.][\p{L}\p{M}. ]{0,24}?)\s*)\)/gu;
/** What may stand between a name and its parenthesis: spaces and quotation marks. */
const GAP = /^[\s"«»“”']{0,3}$/u;

export interface ParentheticalAlias {
  long: number;
  short: number;
}

function englishOf(long: Form): string[] {
  const group = aliasGroupOf(long);
  const lexicon = group ? orgAliases().find((a) => a.id === group.group)?.en : undefined;
  const known =
    knownLatin(long.type, [long.display]) ?? (long.type === 'ORG' ? orgLatin(long.display) : null);
  return [
    known,
    lexicon,
    group?.source === 'gazetteer' ? group.group.replace(/^[A-Z]+:/u, '') : undefined,
  ].filter((e): e is string => Boolean(e));
}

function isAliasOf(short: string, long: Form): boolean {
  if (isArabicAcronym(short, long.display)) return true;
  if (englishOf(long).some((en) => isLatinAcronym(short, en))) return true;
  const a = aliasGroupOf(long);
  const key = nameKey(short);
  const b = aliasGroupOf({ type: long.type, key, spelling: key.plain.join(' ') });
  return a !== null && a.group === b?.group;
}

function newForm(doc: MasarDoc, index: number, start: number, text: string, long: Form): Form {
  const key = nameKey(text);
  return {
    doc: index,
    docId: doc.id,
    start,
    end: start + text.length,
    text,
    display: text,
    type: long.type,
    key,
    spelling: key.plain.join(' '),
  };
}

/** Links inside one document; `forms` gets the untagged short forms it links. */
function findInDoc(doc: MasarDoc, index: number, forms: Form[], mine: number[]): ParentheticalAlias[] {
  const text = doc.data.clean?.text ?? '';
  const links: ParentheticalAlias[] = [];
  for (const m of text.matchAll(PARENTHESIS)) {
    const open = m.index ?? 0;
    const close = open + m[0].length;
    const long = mine.find((i) => forms[i].end <= open && GAP.test(text.slice(forms[i].end, open)));
    if (long === undefined) continue;
    const shortText = m.groups?.short ?? '';
    if (!isAliasOf(shortText, forms[long])) continue;
    const start = open + 1 + (m.groups?.inner ?? '').indexOf(shortText);
    let short = mine.find((i) => forms[i].start >= open && forms[i].end <= close);
    if (short === undefined) {
      forms.push(newForm(doc, index, start, shortText, forms[long]));
      short = forms.length - 1;
    } else Object.assign(forms[short], newForm(doc, index, start, shortText, forms[long]));
    links.push({ long, short });
  }
  return links;
}

export function findParenthetical(docs: MasarDoc[], forms: Form[]): ParentheticalAlias[] {
  const byDoc = new Map<number, number[]>();
  forms.forEach((f, i) => {
    const list = byDoc.get(f.doc);
    if (list) list.push(i);
    else byDoc.set(f.doc, [i]);
  });
  return docs.flatMap((doc, index) => {
    const mine = byDoc.get(index) ?? [];
    return mine.length === 0 ? [] : findInDoc(doc, index, forms, mine);
  });
}
