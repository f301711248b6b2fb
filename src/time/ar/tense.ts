/**
 * The tense around an expression, for a bare weekday: future when the clause before it (back to the
 * sentence start) has a future marker (سوف، سـ + imperfect, من المقرر، من المتوقع، المقبل…), past otherwise
 * (news reports mostly tell what happened).
 */
import { ar } from './pattern.js';

const FUTURE = new RegExp(
  ar(
    '(?:^|[^\\p{L}])(?:سوف|المقرر|المرتقب|المرتقبة|المزمع|المزمعة|المتوقع|المنتظر|يعتزم|تعتزم|ستبدأ|سيبدأ|تبدأ|يبدأ|تنطلق|ينطلق|ستنطلق|ستعقد|سيعقد|تعقد|يعقد|ستجري|ستجرى|سيجري|تستمر|يستمر|سيتم|ستكون|سيكون|يعتزمون|يتوقع|ستشهد|غدا|المقبل|المقبلة|القادم|القادمة|سيشارك|ستشارك|سيلتقي|سيزور|ستستضيف|ستستأنف|سيستأنف|ستتواصل|سيصل|ستصل|سيعلن|ستعلن|سيتوجه)(?![\\p{L}])',
  ),
  'gu',
);
const PAST = new RegExp(
  ar(
    '(?:^|[^\\p{L}])(?:أعلن|أعلنت|قال|قالت|أكد|أكدت|ذكر|ذكرت|أفاد|أفادت|جرت|عقدت|عقد|انطلقت|بدأت|أمس|الماضي|الماضية|كان|كانت)(?![\\p{L}])',
  ),
  'gu',
);

export function tenseAt(text: string, index: number): 'past' | 'future' {
  const sentenceStart = Math.max(
    text.lastIndexOf('.', index - 1),
    text.lastIndexOf('\n', index - 1),
    index - 120,
  );
  const before = text.slice(sentenceStart + 1, index);
  const after = text.slice(index, Math.min(text.length, index + 40));
  const future = lastIndex(FUTURE, before);
  const past = lastIndex(PAST, before);
  if (future > past) return 'future';
  if (past < 0 && lastIndex(FUTURE, after.split(/[.\n]/u)[0]) >= 0) return 'future';
  return 'past';
}

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index ?? last;
  return last;
}
