import { describe, expect, it } from 'vitest';
import { KEY_TABLE, matchesKey } from './key-table';

const press = (
  key: string,
  mods: Partial<Record<'ctrl' | 'shift' | 'alt' | 'meta', boolean>> = {},
) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('matchesKey', () => {
  it('tells undo from redo by Shift', () => {
    expect(matchesKey(press('z', { ctrl: true }), KEY_TABLE.undo)).toBe(true);
    expect(matchesKey(press('Z', { ctrl: true, shift: true }), KEY_TABLE.undo)).toBe(false);
    expect(matchesKey(press('Z', { ctrl: true, shift: true }), KEY_TABLE.redo)).toBe(true);
    expect(matchesKey(press('y', { meta: true }), KEY_TABLE.redo)).toBe(true);
  });
  it('takes shifted punctuation as typed', () => {
    expect(matchesKey(press('?', { shift: true }), KEY_TABLE.cheatSheet)).toBe(true);
    expect(matchesKey(press('}', { shift: true }), KEY_TABLE.nextSameLabel)).toBe(true);
    expect(matchesKey(press(']'), KEY_TABLE.nextSameLabel)).toBe(false);
    expect(matchesKey(press('F1'), KEY_TABLE.cheatSheet)).toBe(true);
    expect(matchesKey(press(',', { ctrl: true }), KEY_TABLE.settings)).toBe(true);
  });
  it('needs the modifiers a binding names, and no others', () => {
    expect(matchesKey(press('o'), KEY_TABLE.openFiles)).toBe(false);
    expect(matchesKey(press('c', { alt: true }), KEY_TABLE.markChrome)).toBe(true);
    expect(matchesKey(press(']', { ctrl: true }), KEY_TABLE.nextAnnotation)).toBe(false);
  });
});
