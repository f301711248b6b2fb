import { readFileSync } from 'node:fs';
import { tagTokens } from '../../entities/tag-tokens.js';
import { parseConll } from '../../io/conll.js';
import { parse, printHelp } from '../options.js';

export const NER_HELP = `Usage: masar ner [--input <file>]

NER on pre-tokenized CoNLL text (one token per line, first column the token, blank line between
sentences), from --input or stdin. Writes token<TAB>TAG per line (BIO over PERS, ORG, LOC, MISC).`;

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
  for (const sentence of parseConll(text)) {
    const tags = tagTokens(sentence.tokens);
    sentence.tokens.forEach((t, i) => out.push(`${t}\t${tags[i]}`));
    out.push('');
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
