/**
 * Arabic function words (prepositions, conjunctions, particles, pronouns, demonstratives and relatives,
 * frequent auxiliaries and quantifiers): the most frequent words of any Arabic text and never a name or the
 * edge of one. A span of the known-name pass never starts or ends with one, and no one-word name is one,
 * whatever the tagger once did with it. Written plainly, turned into match keys on load.
 * Source: general knowledge of Arabic grammar (the closed classes of every grammar's word list).
 */
import { normalizeForMatch } from '../../text/normalize.js';

const WORDS =
  'في من على إلى الى عن مع أن إن أنّ ما لا لم لن قد هو هي هم هما هن أنا نحن أنت هذا هذه ذلك تلك هؤلاء ' +
  'أولئك الذي التي الذين اللذين اللتين اللاتي كل بعد قبل بين حتى ثم أو أم أي عند كان كانت يكون تكون ' +
  'ليس ليست غير سوى لدى لكن لكنّ بل إذا إذ كما مثل حيث خلال منذ عبر نحو ضد دون فوق تحت أمام وراء ' +
  'حول لدي عليه عليها فيه فيها منه منها إليه إليها له لها به بها هناك هنا أيضا فقط جدا كذلك بينما ' +
  'لقد كي كيف متى أين لماذا ماذا هل إلا يا';

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(WORDS.split(' ').map(normalizeForMatch));

/** The same words as written (hamza and alef maqsura kept: على is not the name علي, أنا not آنا). */
export const FUNCTION_WORDS_WRITTEN: ReadonlySet<string> = new Set(WORDS.split(' '));
