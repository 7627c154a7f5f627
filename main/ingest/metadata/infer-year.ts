/**
 * The year of a dateline written without one ("Bakou, 11 mars, AZERTAC"), from a weekday
 * the dispatch names ("s'est entretenu ce mardi"): agency copy says "this Tuesday" for the
 * day it is filed. Of the years up to the reference year (the file's), the latest in which
 * that day falls on that weekday wins. Without a weekday the reference year stands, as
 * before; a weekday no recent year fits is ignored.
 */

// Weekday words, Monday first (index = ISO weekday - 1), in the languages the metadata
// extractor reads; Russian ones are stems (вторник, в среду, в пятницу). Where one name
// starts another (Azerbaijani "bazar ertəsi" and "bazar", Turkish "pazartesi" and
// "pazar"), the longer comes first in weekday order, and wins a tie at one position.
const WEEKDAYS: Readonly<Record<string, readonly string[]>> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  tr: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'],
  az: ['bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə', 'bazar'],
  ru: ['понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот', 'воскресень'],
};

/** How far back a year may be inferred: older dispatches say their year. */
const MAX_YEARS_BACK = 6;
/** Only the opening of the dispatch is read: later weekdays are about other days. */
const OPENING_CHARS = 600;

function weekdayIn(text: string): number | undefined {
  const opening = text.slice(0, OPENING_CHARS).toLowerCase();
  let best: { at: number; weekday: number } | undefined;
  for (const names of Object.values(WEEKDAYS)) {
    names.forEach((name, weekday) => {
      const pattern = new RegExp(`(?<![\\p{L}])${name}\\p{L}{0,3}(?![\\p{L}])`, 'u');
      const found = pattern.exec(opening);
      if (found && (best === undefined || found.index < best.at)) {
        best = { at: found.index, weekday };
      }
    });
  }
  return best?.weekday;
}

/**
 * The year to give `month`/`day` (1-based) when `text` (the dispatch after its dateline)
 * names a weekday: the latest year from `referenceYear` back that puts the date on that
 * weekday, or `undefined` when the text names none or no recent year fits.
 */
export function inferYearFromWeekday(
  text: string,
  month: number,
  day: number,
  referenceYear: number,
): number | undefined {
  const weekday = weekdayIn(text);
  if (weekday === undefined) return undefined;
  for (let year = referenceYear; year >= referenceYear - MAX_YEARS_BACK; year--) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1) continue; // 29 February in a common year
    if ((date.getUTCDay() + 6) % 7 === weekday) return year;
  }
  return undefined;
}
