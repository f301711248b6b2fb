/** The article object of a page's JSON-LD (schema.org NewsArticle and kin), searched through @graph and arrays. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  publisherName?: string;
  inLanguage?: string;
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Report|Blog|Scholarly)?(?:Article|Posting)$|^WebPage$/u;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

function* objects(value: unknown): Generator<Json> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v);
  else if (isObject(value)) {
    yield value;
    if (value['@graph']) yield* objects(value['@graph']);
  }
}

function isArticle(obj: Json): boolean {
  const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // a broken JSON-LD block is common: the page just has no usable one
  }
}

export function readJsonLd(document: Document): JsonLdArticle | null {
  const candidates: Json[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    for (const obj of objects(parse(script.textContent ?? ''))) if (isArticle(obj)) candidates.push(obj);
  }
  const best = candidates.find((o) => o.datePublished || o.headline) ?? candidates[0];
  if (!best) return null;
  const publisher = isObject(best.publisher) ? best.publisher : undefined;
  return {
    headline: str(best.headline) ?? str(best.name),
    datePublished: str(best.datePublished) ?? str(best.dateCreated),
    publisherName: str(publisher?.name),
    inLanguage: str(best.inLanguage),
  };
}
