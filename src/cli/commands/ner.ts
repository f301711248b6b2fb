import { readFileSync } from 'node:fs';
import { DEFAULT_POST, POST_PASSES, type PostPass } from '../../entities/ner-post/index.js';
import { tagConllSentences } from '../../entities/tag-tokens.js';
import { parseConll } from '../../io/conll.js';
import { parse, printHelp } from '../options.js';

export const NER_HELP = `Usage: masar ner [--input <file>] [--post <passes>]

NER on pre-tokenized CoNLL text (one token per line, first column the token, blank line between
sentences), from --input or stdin; the sentences are read as one document in order (the tagger's second
pass looks at nearby sentences). Writes token<TAB>TAG per line (BIO over PERS, ORG, LOC, MISC).

  --post <passes>  the pipeline's passes run after the tagger, comma-separated (default ${DEFAULT_POST.join(',')}):
                   places   form-based rejections and place head + name → LOC (phrase rules)
                   phrases  all the phrase rules of masar analyze (organization phrases too)
                   known    a name tagged somewhere found again where it was left untagged
                   none     the tagger alone`;

/** The passes of a --post value, or null when one is unknown. */
export function parsePost(value: string): PostPass[] | null {
  if (value === 'none') return [];
  const passes = value.split(',').map((p) => p.trim());
  return passes.every((p) => (POST_PASSES as readonly string[]).includes(p)) ? (passes as PostPass[]) : null;
}

export async function nerCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    input: { type: 'string' },
    post: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printHelp(NER_HELP);
  const post = values.post === undefined ? DEFAULT_POST : parsePost(values.post);
  if (!post) {
    process.stderr.write(`masar: unknown --post ${values.post} (${POST_PASSES.join(', ')} or none)\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(values.input ?? 0, 'utf8');
  } catch (error) {
    process.stderr.write(`masar: rejected ${values.input ?? 'stdin'}: ${(error as Error).message}\n`);
    return 3;
  }
  const out: string[] = [];
  const sentences = parseConll(text);
  const tagged = tagConllSentences(
    sentences.map((s) => s.tokens),
    post,
  );
  sentences.forEach((sentence, s) => {
    sentence.tokens.forEach((t, i) => {
      out.push(`${t}\t${tagged[s][i]}`);
    });
    out.push('');
  });
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
