/**
 * Month names of the languages Sourcemark's analysts read, looked up by a folded key so
 * that case, accents and the Turkish dotted and dotless i do not matter.
 */

/** The month (1–12) a word names, and the languages (ISO 639-1) that spell it so. */
export interface MonthName {
  month: number;
  languages: readonly string[];
}

// Index 0 is January. Russian has nominative and genitive ("11 марта") forms.
const NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  fr: [
    ['janvier', 'janv'],
    ['février', 'févr', 'fév'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'déc'],
  ],
  tr: [
    ['ocak'],
    ['şubat'],
    ['mart'],
    ['nisan'],
    ['mayıs'],
    ['haziran'],
    ['temmuz'],
    ['ağustos'],
    ['eylül'],
    ['ekim'],
    ['kasım'],
    ['aralık'],
  ],
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  ru: [
    ['январь', 'января'],
    ['февраль', 'февраля'],
    ['март', 'марта'],
    ['апрель', 'апреля'],
    ['май', 'мая'],
    ['июнь', 'июня'],
    ['июль', 'июля'],
    ['август', 'августа'],
    ['сентябрь', 'сентября'],
    ['октябрь', 'октября'],
    ['ноябрь', 'ноября'],
    ['декабрь', 'декабря'],
  ],
  az: [
    ['yanvar'],
    ['fevral'],
    ['mart'],
    ['aprel'],
    ['may'],
    ['iyun'],
    ['iyul'],
    ['avqust'],
    ['sentyabr'],
    ['oktyabr'],
    ['noyabr'],
    ['dekabr'],
  ],
  // Egyptian and Gulf names (from the Latin months), then Levantine and Iraqi ones.
  ar: [
    ['يناير', 'كانون الثاني'],
    ['فبراير', 'شباط'],
    ['مارس', 'آذار'],
    ['أبريل', 'إبريل', 'ابريل', 'نيسان'],
    ['مايو', 'أيار'],
    ['يونيو', 'يونيه', 'حزيران'],
    ['يوليو', 'يوليه', 'تموز'],
    ['أغسطس', 'اغسطس', 'آب'],
    ['سبتمبر', 'أيلول'],
    ['أكتوبر', 'اكتوبر', 'تشرين الأول'],
    ['نوفمبر', 'تشرين الثاني'],
    ['ديسمبر', 'كانون الأول'],
  ],
};

/**
 * A word folded for comparison: lower case, without combining marks, with Turkish `ı`
 * read as `i`. `"EKİM".toLowerCase()` is `"eki̇m"` (i + U+0307) and `"KASIM"` gives
 * `"kasim"`, so both spellings of a Turkish month meet on one key. Pure.
 */
export function foldWord(word: string): string {
  // Arabic hamza forms (أ إ آ) fold to a bare alif like accents do: NFD splits them too.
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
}

const BY_KEY: ReadonlyMap<string, MonthName> = (() => {
  const map = new Map<string, { month: number; languages: string[] }>();
  for (const [language, months] of Object.entries(NAMES)) {
    months.forEach((spellings, index) => {
      for (const spelling of spellings) {
        const key = foldWord(spelling);
        const entry = map.get(key) ?? { month: index + 1, languages: [] };
        if (!entry.languages.includes(language)) entry.languages.push(language);
        map.set(key, entry);
      }
    });
  }
  return map;
})();

/** The month `word` names in any known language, or `undefined`. Pure. */
export function lookUpMonth(word: string): MonthName | undefined {
  return BY_KEY.get(foldWord(word));
}

/**
 * The language to report for a month name spelt alike in several languages (`mart` is
 * Turkish and Azerbaijani): `hint` when it is one of them, else the first listed.
 */
export function pickLanguage(name: MonthName, hint?: string): string {
  return hint !== undefined && name.languages.includes(hint) ? hint : (name.languages[0] ?? 'und');
}
