/**
 * Common words whose first letter is و ف ب ل ك as part of the word, not a clitic; written plainly and
 * turned into match keys on load (ة→ه, أ→ا, ئ→ي …). Without this list «وزاره» would lose its و and
 * «بوتين» its ب. Hand-written from general knowledge of news vocabulary (ministries, offices, countries,
 * capitals, frequent nouns and verbs); the stripper never cuts these words. Provenance: the masar team.
 */
import { normalizeForMatch } from './normalize.js';

/** Words by first letter, space-separated (one string per group keeps the data file compact). */
const GROUPS: Record<string, string> = {
  // و
  و:
    'وزير وزيره وزاره وزارات وزراء وفد وفود وقف وكاله وكالات ولايه ولايات واشنطن وسط وضع وصول وقت' +
    ' وقوع وثيقه وثائق وحده وحدات وطني وطنيه وجود وجه واقع ورقه وعد وعود وفاه وفق وقود ولد والد والده' +
    ' وادي واضح واسع واسعه واحد واحده وراء وسيله وسائل وظيفه وكيل وليد وائل وهران وارسو ويلز وصف وطن' +
    ' وقائع ولاء ورشه وارد واجب وباء وحيد وجبه والي وصيه وديعه وقفه وجهه ورود',
  // ف
  ف:
    'فصائل فصيل فلسطين فلسطيني فلسطينيه فرنسا فرنسي فرنسيه فريق فتره فرص فرصه فيلق فكره فعل فقط فوز' +
    ' فيروس فيينا فنزويلا فلاديمير فيصل فهد فاطمه فرات فيلم فندق فساد فشل فترات فوق فيديو فبراير فئه' +
    ' فئات فريد فراس فؤاد',
  // ب
  ب:
    'بوتين بشار بغداد بيروت بيان بيانات بلد بلاد بلدان بلده بلديه بنك بحر برلمان برنامج بعض بعد بين' +
    ' بيت بريطانيا بريطاني برلين بكين بروكسل باريس باكستان بحث بدايه بناء بنيامين بومبيو' +
    ' بايدن بيل بكر بلال باسم بسام برج بطل بطوله بحريه بري بريه بيئه بورصه بترول بنزين بعثه بقاء' +
    ' بوابه بند بنود بشر بشريه',
  // ل
  ل:
    'لبنان لبناني لبنانيه ليبيا ليبي لندن لجنه لجان لقاء لقاءات لافروف لواء ليله لاجئ لاجئين لاعب' +
    ' لاعبين لغه لحظه لون لائحه لجوء لقب لحم ليث لؤي لينا لوس لبيد لكن لدي لذلك لقد لماذا' +
    ' ليس ليست',
  // ك
  ك:
    'كازاخستان كندا كوريا كوبا كابول كيان كتاب كتيبه كرسي كلمه كميه كهرباء كورونا كارثه كبير كبيره' +
    ' كبار كامل كامله كريم كمال كنيسه كليه كرد كردي كرديه كركوك كانون كيري كلينتون كوشنر كان كانت كما' +
    ' كيف كل كلا كلي',
  // ال that is not the article, and relative pronouns whose ال must stay
  article: 'الله الذي التي الذين اللذين اللتين اللاتي الان المانيا الماني المانيه البانيا الا',
};

/** Match keys of the words (entries are normalized here, so they may be written with ئ ؤ ة). */
export const NON_CLITIC_WORDS: ReadonlySet<string> = new Set(
  Object.values(GROUPS).flatMap((words) => words.split(' ').map(normalizeForMatch)),
);
