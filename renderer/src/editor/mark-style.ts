/**
 * How a highlight segment looks: a tint of its innermost label behind the text and one
 * underline lane per label below it (outer annotations in the top lanes), so a claim
 * holding two entity mentions and a loaded-language span stays readable.
 *
 * Colleagues' annotations overlaid in the reader are read-only and drawn apart: no tint
 * and no lane, a dashed underline in their label's colour instead, so that they never pass
 * for the analyst's own marks.
 *
 * Styles are set through the CSSOM (`element.style`), which the page's CSP allows;
 * inline style attributes in markup would be refused.
 */
import { darkThemeColour } from '../codebook/dark-theme-colours';

/** Answers the colour of an annotation id (its codebook item's colour). */
export interface MarkDecorator {
  colourOf(id: string): string;
  /** Whether the id is a colleague's annotation overlaid read-only; absent: none are. */
  isColleague?(id: string): boolean;
}

/** A decorator whose colour lookup the marks plugin sets before it renders. */
export interface UpdatableMarkDecorator extends MarkDecorator {
  /**
   * `colourOf` answers `undefined` for an id without a colour (drawn in the fallback);
   * `isColleague` tells colleagues' overlaid annotations (none when omitted).
   */
  setColourOf(
    colourOf: (id: string) => string | undefined,
    isColleague?: (id: string) => boolean,
  ): void;
}

/** Marks whose label has no colour (a deleted codebook item) are drawn in this grey. */
export const FALLBACK_MARK_COLOUR = '#5c6370';

function themed(colour: string): string {
  return typeof document !== 'undefined' && document.documentElement.dataset.theme === 'dark'
    ? darkThemeColour(colour)
    : colour;
}

/** A decorator over a swappable colour lookup. */
export function createMarkDecorator(): UpdatableMarkDecorator {
  let lookup: (id: string) => string | undefined = () => undefined;
  let colleague: (id: string) => boolean = () => false;
  return {
    // The dark theme draws each label lightened to read on its dark page; the reader is
    // mounted afresh when the theme changes (`shell/App.tsx`), so marks take the new colours.
    colourOf: (id) => themed(lookup(id) ?? FALLBACK_MARK_COLOUR),
    isColleague: (id) => colleague(id),
    setColourOf: (colourOf, isColleague = () => false) => {
      lookup = colourOf;
      colleague = isColleague;
    },
  };
}

/** Lanes drawn before the rest are summarised by a thicker last lane. */
const MAX_LANES = 4;
const LANE_PX = 3;

/** `#rrggbb` as `rgb(r g b / alpha)`. */
export function tint(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  if (!/^#[0-9a-f]{6}$/i.test(hex) || Number.isNaN(value)) return `rgb(92 99 112 / ${alpha})`;
  return `rgb(${(value >> 16) & 255} ${(value >> 8) & 255} ${value & 255} / ${alpha})`;
}

/** The CSS box-shadow that draws one underline lane per colour, outer lanes first. */
export function underlineLanes(colours: readonly string[]): string {
  const shown = colours.slice(0, MAX_LANES);
  return shown
    .map((colour, lane) => {
      const isLastOfMany = lane === MAX_LANES - 1 && colours.length > MAX_LANES;
      return `0 ${(lane + 1) * LANE_PX + (isLastOfMany ? 1 : 0)}px 0 ${colour}`;
    })
    .join(', ');
}

/** Own-marks styles by their colours, outer first: a long article has few distinct lists. */
const ownStyles = new Map<string, string>();
/** Distinct colour lists kept at most (a codebook with every pair overlapping stays under). */
const MAX_OWN_STYLES = 2_000;

/**
 * The inline style of a mark carrying the analyst's annotations of `colours`: worked out once
 * per distinct list, and set in one assignment, not three (marks are made by the thousand
 * when a long article is built).
 */
function ownStyle(colours: readonly string[]): string {
  const key = colours.join(' ');
  let style = ownStyles.get(key);
  if (style === undefined) {
    if (ownStyles.size >= MAX_OWN_STYLES) ownStyles.clear();
    style =
      `background-color: ${tint(colours.at(-1) ?? FALLBACK_MARK_COLOUR, 0.22)}; ` +
      `box-shadow: ${underlineLanes(colours)}; ` +
      `padding-bottom: ${Math.min(colours.length, MAX_LANES) > 1 ? 1 : 0}px;`;
    ownStyles.set(key, style);
  }
  return style;
}

/** Puts ids, class and colours on a mark's DOM element (again, after its ids changed). */
export function decorateMarkElement(
  element: HTMLElement,
  ids: readonly string[],
  decorator: MarkDecorator | undefined,
): void {
  element.classList.add('sm-mark');
  element.dataset.ids = ids.join(' ');
  if (!decorator) return;
  const isColleague = (id: string) => decorator.isColleague?.(id) === true;
  const own = ids.filter((id) => !isColleague(id)).map((id) => decorator.colourOf(id));
  const theirs = ids.filter(isColleague).map((id) => decorator.colourOf(id));
  // Every inline style of a mark is set here: the assignment replaces the ones set before.
  // (`style.cssText` is the CSSOM, which the page's CSP allows.)
  element.style.cssText = own.length > 0 ? ownStyle(own) : '';
  // Only marks that carry a colleague's annotation get the overlay's classes and underline.
  const colleagueColour = theirs[0];
  if (colleagueColour !== undefined) {
    element.classList.add('has-colleague-mark');
    element.classList.toggle('is-colleague-only', own.length === 0);
    element.dataset.colleagueIds = ids.filter(isColleague).join(' ');
    element.style.setProperty('text-decoration', `underline dashed 2px ${colleagueColour}`);
  } else if (element.dataset.colleagueIds !== undefined) {
    // The same element carried a colleague's annotation before this update.
    element.classList.remove('has-colleague-mark', 'is-colleague-only');
    delete element.dataset.colleagueIds;
  }
}
