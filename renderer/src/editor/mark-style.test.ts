import { describe, expect, it } from 'vitest';
import {
  createMarkDecorator,
  decorateMarkElement,
  FALLBACK_MARK_COLOUR,
  tint,
  underlineLanes,
} from './mark-style';

/** The part of an HTMLElement the decorator touches, without a DOM. */
function fakeElement() {
  const classes = new Set<string>();
  const style = new Map<string, string>();
  return {
    classList: {
      add: (name: string) => classes.add(name),
      remove: (...names: string[]) => names.forEach((name) => classes.delete(name)),
      toggle: (name: string, isOn: boolean) => (isOn ? classes.add(name) : classes.delete(name)),
    },
    dataset: {} as Record<string, string>,
    style: {
      setProperty: (name: string, value: string) => style.set(name, value),
      removeProperty: (name: string) => style.delete(name),
      // Replaces every declaration, as the CSSOM's does.
      set cssText(text: string) {
        style.clear();
        for (const declaration of text.split(';')) {
          const colon = declaration.indexOf(':');
          if (colon > 0)
            style.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
        }
      },
    },
    classes,
    styles: style,
  };
}

describe('tint', () => {
  it('turns #rrggbb into rgb with alpha', () => {
    expect(tint('#1f6feb', 0.22)).toBe('rgb(31 111 235 / 0.22)');
    expect(tint('#FFFFFF', 1)).toBe('rgb(255 255 255 / 1)');
  });

  it('falls back to grey for anything else', () => {
    for (const bad of ['red', '#fff', '#12345g', '', '1f6feb00']) {
      expect(tint(bad, 0.5), bad).toBe('rgb(92 99 112 / 0.5)');
    }
  });
});

describe('underlineLanes', () => {
  it('draws one 3 px lane per colour, outer first', () => {
    expect(underlineLanes(['#111111', '#222222'])).toBe('0 3px 0 #111111, 0 6px 0 #222222');
    expect(underlineLanes([])).toBe('');
  });

  it('summarises more than four lanes in a thicker fourth lane', () => {
    const lanes = underlineLanes(['#1', '#2', '#3', '#4', '#5', '#6']).split(', ');
    expect(lanes).toEqual(['0 3px 0 #1', '0 6px 0 #2', '0 9px 0 #3', '0 13px 0 #4']);
    expect(underlineLanes(['#1', '#2', '#3', '#4']).split(', ').at(-1)).toBe('0 12px 0 #4');
  });
});

describe('decorateMarkElement', () => {
  it('puts the ids and the class on the element, and no colours without a decorator', () => {
    const element = fakeElement();
    decorateMarkElement(element as unknown as HTMLElement, ['a', 'b'], undefined);
    expect(element.dataset.ids).toBe('a b');
    expect([...element.classes]).toEqual(['sm-mark']);
    expect(element.styles.size).toBe(0);
  });

  it('tints with the innermost colour and draws a lane per id', () => {
    const decorator = createMarkDecorator();
    const colours = new Map([
      ['outer', '#ff0000'],
      ['inner', '#0000ff'],
    ]);
    decorator.setColourOf((id) => colours.get(id));
    const element = fakeElement();
    decorateMarkElement(element as unknown as HTMLElement, ['outer', 'inner'], decorator);
    expect(element.styles.get('background-color')).toBe('rgb(0 0 255 / 0.22)');
    expect(element.styles.get('box-shadow')).toBe('0 3px 0 #ff0000, 0 6px 0 #0000ff');
    expect(element.styles.get('padding-bottom')).toBe('1px');
  });

  it('draws an id without a colour in the fallback grey', () => {
    const decorator = createMarkDecorator();
    expect(decorator.colourOf('gone')).toBe(FALLBACK_MARK_COLOUR);
    const element = fakeElement();
    decorateMarkElement(element as unknown as HTMLElement, ['gone'], decorator);
    expect(element.styles.get('box-shadow')).toBe(`0 3px 0 ${FALLBACK_MARK_COLOUR}`);
    expect(element.styles.get('padding-bottom')).toBe('0px');
  });

  it('reads the colour lookup set last', () => {
    const decorator = createMarkDecorator();
    decorator.setColourOf(() => '#111111');
    decorator.setColourOf(() => '#222222');
    expect(decorator.colourOf('a')).toBe('#222222');
  });

  it('draws a colleague’s overlaid annotation apart: dashed underline, no tint, no lane', () => {
    const decorator = createMarkDecorator();
    const colours = new Map([
      ['mine', '#ff0000'],
      ['theirs', '#0000ff'],
    ]);
    decorator.setColourOf(
      (id) => colours.get(id),
      (id) => id === 'theirs',
    );
    const alone = fakeElement();
    decorateMarkElement(alone as unknown as HTMLElement, ['theirs'], decorator);
    expect([...alone.classes]).toEqual(['sm-mark', 'has-colleague-mark', 'is-colleague-only']);
    expect(alone.styles.get('text-decoration')).toBe('underline dashed 2px #0000ff');
    expect(alone.styles.has('background-color')).toBe(false);
    expect(alone.styles.has('box-shadow')).toBe(false);

    // Over one of mine: my tint and lane stay mine alone; theirs is the dashed line.
    const both = fakeElement();
    decorateMarkElement(both as unknown as HTMLElement, ['mine', 'theirs'], decorator);
    expect(both.styles.get('box-shadow')).toBe('0 3px 0 #ff0000');
    expect(both.styles.get('background-color')).toBe('rgb(255 0 0 / 0.22)');
    expect([...both.classes]).toEqual(['sm-mark', 'has-colleague-mark']);
    expect(both.dataset.colleagueIds).toBe('theirs');

    // The overlay turned off: the element loses every trace of it.
    decorateMarkElement(both as unknown as HTMLElement, ['mine'], decorator);
    expect([...both.classes]).toEqual(['sm-mark']);
    expect(both.styles.has('text-decoration')).toBe(false);
    expect(both.dataset.colleagueIds).toBeUndefined();
  });
});
