import type { CleanResult } from '../types.js';

/**
 * First version of the plain-text cleaner: keeps lines that read as prose (long enough, mostly Arabic
 * letters, sentence punctuation) and drops short menu-like lines; the first non-empty line is the title,
 * and its repetitions are dropped.
 */
const ARABIC = /\p{Script=Arabic}/gu;

function classify(line: string, title: string): string | null {
  const trimmed = line.trim();
  if (trimmed === '') return 'blank';
  if (trimmed.includes(title) && trimmed.length <= title.length * 4 + 4) return 'title repeat';
  const words = trimmed.split(/\s+/).length;
  if (words < 8) return 'short line';
  const letters = trimmed.match(/\p{L}/gu)?.length ?? 0;
  const arabic = trimmed.match(ARABIC)?.length ?? 0;
  if (letters === 0 || arabic / letters < 0.5) return 'not Arabic prose';
  return null;
}

export function cleanPlainText(text: string): CleanResult {
  const lines = text.split('\n');
  const title = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  const kept: string[] = [];
  const dropped: CleanResult['dropped'] = [];
  for (const line of lines) {
    const reason = classify(line, title);
    if (reason === null) kept.push(line.trim());
    else if (reason !== 'blank') dropped.push({ text: line.trim(), reason });
  }
  return { title, text: kept.join('\n\n'), dropped, lang: 'ar', dir: 'rtl' };
}
