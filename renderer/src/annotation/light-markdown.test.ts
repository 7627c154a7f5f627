import { describe, expect, it } from 'vitest';
import { hasFormatting, parseInline, parseNote, toggleWrap } from './light-markdown';

describe('parseInline', () => {
  it('reads bold, italic, code and links, leaving the rest as text', () => {
    expect(
      parseInline('Check **the date**, *not* `11 mars` in [AZERTAC](https://azertag.az/fr)'),
    ).toEqual([
      { kind: 'text', text: 'Check ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'the date' }] },
      { kind: 'text', text: ', ' },
      { kind: 'emphasis', children: [{ kind: 'text', text: 'not' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: '11 mars' },
      { kind: 'text', text: ' in ' },
      {
        kind: 'link',
        href: 'https://azertag.az/fr',
        children: [{ kind: 'text', text: 'AZERTAC' }],
      },
    ]);
  });

  it('links bare web addresses without their closing punctuation', () => {
    expect(parseInline('see https://example.org/a_b.')).toEqual([
      { kind: 'text', text: 'see ' },
      {
        kind: 'link',
        href: 'https://example.org/a_b',
        children: [{ kind: 'text', text: 'https://example.org/a_b' }],
      },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never links a script or file target, and keeps markup as text', () => {
    expect(parseInline('[click](javascript:alert(1)) <b>x</b>')).toEqual([
      { kind: 'text', text: '[click](javascript:alert(1)' },
      { kind: 'text', text: ') <b>x</b>' },
    ]);
    expect(parseInline('[f](file:///etc/passwd)')).toEqual([
      { kind: 'text', text: '[f](file:///etc/passwd)' },
    ]);
  });

  it('does not take snake_case words or lone stars for emphasis', () => {
    expect(parseInline('a snake_case_name and 2 * 3 * 4')).toEqual([
      { kind: 'text', text: 'a snake_case_name and 2 * 3 * 4' },
    ]);
  });
});

describe('parseNote', () => {
  it('splits paragraphs on blank lines and gathers bullet lines into lists', () => {
    const blocks = parseNote('Sources:\n- AZERTAC\n- Trend\n\nTo check.');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(blocks[1]).toEqual({
      kind: 'list',
      items: [[{ kind: 'text', text: 'AZERTAC' }], [{ kind: 'text', text: 'Trend' }]],
    });
  });

  it('tells formatted notes from plain ones', () => {
    expect(hasFormatting('plain note, with an emoji 🇦🇿')).toBe(false);
    expect(hasFormatting('a **bold** claim')).toBe(true);
    expect(hasFormatting('- one\n- two')).toBe(true);
  });
});

describe('toggleWrap', () => {
  it('wraps a selection in a marker and unwraps it again', () => {
    const wrapped = toggleWrap('a claim here', 2, 7, '**');
    expect(wrapped).toEqual({ value: 'a **claim** here', start: 4, end: 9 });
    expect(toggleWrap(wrapped.value, wrapped.start, wrapped.end, '**')).toEqual({
      value: 'a claim here',
      start: 2,
      end: 7,
    });
  });

  // Replays keys on a caret, the way the note field applies them.
  function typeKeys(keys: readonly string[], marker = '**'): string {
    let state = { value: '', start: 0, end: 0 };
    for (const key of keys) {
      if (key === 'toggle') state = toggleWrap(state.value, state.start, state.end, marker);
      else {
        const value = state.value.slice(0, state.start) + key + state.value.slice(state.end);
        const at = state.start + key.length;
        state = { value, start: at, end: at };
      }
    }
    return state.value;
  }

  it('closes bold typed after a caret toggle without a stray pair', () => {
    expect(typeKeys(['a ', 'toggle', 'bold', 'toggle', ' c'])).toBe('a **bold** c');
    expect(typeKeys(['a ', 'toggle', 'it', 'toggle', ' c'], '*')).toBe('a *it* c');
  });

  it('removes an empty pair toggled twice', () => {
    expect(typeKeys(['a', 'toggle', 'toggle', ' c'])).toBe('a c');
    expect(typeKeys(['a', 'toggle', 'toggle', ' c'], '*')).toBe('a c');
  });

  it('closes bold inside a link label', () => {
    const value = '[a **bo**](https://example.org)';
    const caret = value.indexOf('**]');
    expect(toggleWrap(value, caret, caret, '**')).toEqual({
      value,
      start: caret + 2,
      end: caret + 2,
    });
  });

  it('does not take the end of a bold run for an italic one', () => {
    const value = 'x **bold**';
    const caret = value.length - 2;
    expect(toggleWrap(value, caret, caret, '*').value).toBe('x **bold****');
  });

  it('unwraps a selection that holds its own markers', () => {
    expect(toggleWrap('a **bold** c', 2, 10, '**')).toEqual({
      value: 'a bold c',
      start: 2,
      end: 6,
    });
  });
});
