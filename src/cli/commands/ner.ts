import { readFileSync } from 'node:fs';
import { tagTokenSentences } from '../../entities/tag-tokens.js';
import { parseConll } from '../../io/conll.js';
import { parse, printHelp } from '../options.js';

export const NER_HELP = `Usage: masar ner [--input <file>]

NER on pre-tokenized CoNLL text (one token per line, first column the token, blank line between
sentences), from --input or stdin; the sentences are read as one document in order (the tagger's second
pass looks at nearby sentences). Writes token<TAB>TAG per line (BIO over PERS, ORG, LOC, MISC).`;

export async function nerCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { input: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) return printHelp(NER_HELP);
  let text: string;
  try {
    text = readFileSync(values.input ?? 0, 'utf8');
  } catch (error) {
    process.stderr.write(`masar: rejected ${values.input ?? 'stdin'}: ${(error as Error).message}\n`);
    return 3;
  }
  const out: string[] = [];
  const sentences = parseConll(text);
  const tagged = tagTokenSentences(sentences.map((s) => s.tokens));
  sentences.forEach((sentence, s) => {
    sentence.tokens.forEach((t, i) => {
      out.push(`${t}\t${tagged[s][i]}`);
    });
    out.push('');
  });
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
