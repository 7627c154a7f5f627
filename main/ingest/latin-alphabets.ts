/**
 * The accented letters of the Latin-script languages our sources are written in, lower
 * case. A correct decoding uses the letters of one language (or of few); a wrong one
 * scatters letters from several ("Oł źtes-vous ? Ēa va trčs bien" is French read as
 * Baltic), which is how short texts with one accent per word are still told apart.
 */
const ALPHABETS: readonly string[] = [
  'àâæçéèêëîïôœùûüÿ', // French
  'äöüß', // German
  'áéíñóúü', // Spanish
  'áâãàçéêíóôõú', // Portuguese
  'àèéìíîòóùú', // Italian
  'àçèéíïòóúü', // Catalan
  'âçğıîöşûü', // Turkish
  'çəğıöşü', // Azerbaijani
  'ąćęłńóśźż', // Polish
  'áčďéěíňóřšťúůýž', // Czech
  'áäčďéíĺľňóôŕšťúýž', // Slovak
  'áéíóöőúüű', // Hungarian
  'ăâîșşțţ', // Romanian
  'čćđšž', // Croatian, Bosnian, Serbian, Slovene
  'ąčęėįšųūž', // Lithuanian
  'āčēģīķļņšūž', // Latvian
  'äõöüšž', // Estonian
  'åäöéšž', // Swedish, Finnish
  'æøåé', // Danish, Norwegian
  'áéëíïóöúü', // Dutch, Afrikaans
  'áéíóúýæðöþ', // Icelandic
  'çë', // Albanian
];

const ALPHABET_SETS = ALPHABETS.map((letters) => new Set(letters));

/**
 * How many of `letters` (distinct lower-case non-ASCII Latin letters) the best-fitting
 * single alphabet lacks: 0 when one language explains them all.
 */
export function lettersOutsideBestAlphabet(letters: ReadonlySet<string>): number {
  let best = letters.size;
  for (const alphabet of ALPHABET_SETS) {
    let outside = 0;
    for (const letter of letters) if (!alphabet.has(letter)) outside++;
    if (outside < best) best = outside;
  }
  return best;
}
