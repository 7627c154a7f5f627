import { describe, expect, it } from 'vitest';
import { EscapeLayers, type EscapeEvent } from './escape-layers';

function escape(key = 'Escape', defaultPrevented = false): EscapeEvent & { handled: boolean } {
  const event = {
    key,
    target: null,
    defaultPrevented,
    handled: false,
    preventDefault: () => {
      event.handled = true;
    },
  };
  return event;
}

describe('EscapeLayers', () => {
  it('offers Escape to what is open on the screen before the screen, whatever mounted first', () => {
    const layers = new EscapeLayers(() => false);
    const calls: string[] = [];
    let hasFocus = true;
    // The reader mounts before its workspace: its layer is added first.
    layers.add('screen', () => (calls.push('close article'), true));
    layers.add('tool', () => {
      calls.push('editor');
      if (!hasFocus) return false;
      hasFocus = false;
      return true;
    });
    const first = escape();
    layers.dispatch(first);
    expect(calls).toEqual(['editor']);
    expect(first.handled).toBe(true);
    layers.dispatch(escape());
    expect(calls).toEqual(['editor', 'editor', 'close article']);
  });

  it('leaves an Escape to an open modal dialog, or to a control that used it', () => {
    let isModalOpen = true;
    const layers = new EscapeLayers(() => isModalOpen);
    const calls: string[] = [];
    layers.add('screen', () => (calls.push('close'), true));
    layers.dispatch(escape());
    isModalOpen = false;
    layers.dispatch(escape('Escape', true));
    layers.dispatch(escape('Enter'));
    expect(calls).toEqual([]);
    layers.dispatch(escape());
    expect(calls).toEqual(['close']);
  });

  it('asks the latest of equal layers first, and forgets a removed one', () => {
    const layers = new EscapeLayers(() => false);
    const calls: string[] = [];
    const removeOld = layers.add('screen', () => (calls.push('old'), true));
    const removeNew = layers.add('screen', () => (calls.push('new'), true));
    layers.dispatch(escape());
    removeNew();
    layers.dispatch(escape());
    removeOld();
    layers.dispatch(escape());
    expect(calls).toEqual(['new', 'old']);
    expect(layers.size).toBe(0);
  });
});
