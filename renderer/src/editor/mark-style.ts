/**
 * How a highlight segment looks: a tint of its innermost label behind the text and one
 * underline lane per label below it (outer annotations in the top lanes), so a claim
 * holding two entity mentions and a loaded-language span stays readable.
 *
 * Styles are set through the CSSOM (`element.style`), which the page's CSP allows;
 * inline style attributes in markup would be refused.
 */

/** Answers the colour of an annotation id (its codebook item's colour). */
export interface MarkDecorator {
  colourOf(id: string): string;
}

/** A decorator whose colour lookup the marks plugin sets before it renders. */
export interface UpdatableMarkDecorator extends MarkDecorator {
  /** `colourOf` answers `undefined` for an id without a colour (drawn in the fallback). */
  setColourOf(colourOf: (id: string) => string | undefined): void;
}

/** Marks whose label has no colour (a deleted codebook item) are drawn in this grey. */
export const FALLBACK_MARK_COLOUR = '#5c6370';

/** A decorator over a swappable colour lookup. */
export function createMarkDecorator(): UpdatableMarkDecorator {
  let lookup: (id: string) => string | undefined = () => undefined;
  return {
    colourOf: (id) => lookup(id) ?? FALLBACK_MARK_COLOUR,
    setColourOf: (colourOf) => {
      lookup = colourOf;
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

/** Puts ids, class and colours on a mark's DOM element. */
export function decorateMarkElement(
  element: HTMLElement,
  ids: readonly string[],
  decorator: MarkDecorator | undefined,
): void {
  element.classList.add('sm-mark');
  element.dataset.ids = ids.join(' ');
  if (!decorator) return;
  const colours = ids.map((id) => decorator.colourOf(id));
  const innermost = colours.at(-1) ?? FALLBACK_MARK_COLOUR;
  element.style.setProperty('background-color', tint(innermost, 0.22));
  element.style.setProperty('box-shadow', underlineLanes(colours));
  element.style.setProperty(
    'padding-bottom',
    `${Math.min(colours.length, MAX_LANES) > 1 ? 1 : 0}px`,
  );
}
