/**
 * ISO 639-3 codes that franc-min can answer, mapped to the ISO 639-1 codes the library
 * stores. Languages without a two-letter code (Cebuano, Ilocano, ...) are left out and
 * read as `und`.
 */
// A Map (built from a literal, for its comments): a code that is a name on
// Object.prototype (`constructor`) must not find its members.
const ISO_639_3_TO_1: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Latin script
    spa: 'es',
    eng: 'en',
    por: 'pt',
    ind: 'id',
    fra: 'fr',
    deu: 'de',
    jav: 'jv',
    vie: 'vi',
    ita: 'it',
    tur: 'tr',
    pol: 'pl',
    swh: 'sw',
    sun: 'su',
    ron: 'ro',
    hau: 'ha',
    fuv: 'ff',
    bos: 'bs',
    hrv: 'hr',
    nld: 'nl',
    srp: 'sr',
    ckb: 'ku',
    yor: 'yo',
    uzn: 'uz',
    zlm: 'ms',
    ibo: 'ig',
    tgl: 'tl',
    hun: 'hu',
    azj: 'az',
    ces: 'cs',
    run: 'rn',
    plt: 'mg',
    qug: 'qu',
    nya: 'ny',
    zyb: 'za',
    kin: 'rw',
    zul: 'zu',
    swe: 'sv',
    lin: 'ln',
    som: 'so',
    // Cyrillic
    rus: 'ru',
    ukr: 'uk',
    bel: 'be',
    bul: 'bg',
    kaz: 'kk',
    // Arabic and Devanagari
    arb: 'ar',
    urd: 'ur',
    pes: 'fa',
    pbu: 'ps',
    hin: 'hi',
    mar: 'mr',
    npi: 'ne',
    // Languages franc recognises by their script alone
    cmn: 'zh',
    jpn: 'ja',
    kor: 'ko',
    ell: 'el',
    heb: 'he',
    tha: 'th',
    kat: 'ka',
    hye: 'hy',
    amh: 'am',
    ben: 'bn',
    tel: 'te',
    tam: 'ta',
    guj: 'gu',
    kan: 'kn',
    mal: 'ml',
    pan: 'pa',
    mya: 'my',
    khm: 'km',
    sin: 'si',
    ory: 'or',
    lao: 'lo',
    bod: 'bo',
  }),
);

/**
 * The ISO 639-1 code for an ISO 639-3 code (`fra` gives `fr`), or `und` when there is none.
 */
export function toIso6391(code: string): string {
  return ISO_639_3_TO_1.get(code) ?? 'und';
}

/**
 * The primary language of a BCP 47 tag as written in HTML (`fr-FR` gives `fr`, `TUR` gives
 * `tr`), or `undefined` when the tag is empty or not a language.
 */
export function primaryLanguage(tag: string): string | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  if (/^[a-z]{3}$/.test(primary)) {
    const short = toIso6391(primary);
    return short === 'und' ? undefined : short;
  }
  return undefined;
}
