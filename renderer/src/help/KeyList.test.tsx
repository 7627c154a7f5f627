// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { indexCodebook } from '../codebook/codebook-lookup';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { keyLabel } from '../format/shortcut-label';
import { KEY_BINDINGS } from './key-table';
import { KeyList } from './KeyList';
import { allLabelKeys } from './label-keys';

function render(node: React.ReactElement): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(node);
  return host;
}

describe('the cheat sheet', () => {
  const index = indexCodebook(loadDefaultCodebook());
  const sheet = render(<KeyList codebook={index} />);
  const kbds = Array.from(sheet.querySelectorAll('kbd')).map((kbd) => kbd.textContent);

  it('shows every key of the key table with what it does', () => {
    for (const entry of KEY_BINDINGS) {
      const row = sheet.querySelector(`[data-key-id="${entry.id}"]`);
      expect(row, entry.id).not.toBeNull();
      expect(row!.textContent).toContain(entry.action);
      for (const keys of entry.keys) {
        const shown = keyLabel(keys);
        expect(Array.from(row!.querySelectorAll('kbd')).map((kbd) => kbd.textContent)).toContain(
          shown,
        );
      }
    }
  });

  it('prints arrow keys as arrows', () => {
    const row = sheet.querySelector('[data-key-id="linkNext"]');
    expect(Array.from(row!.querySelectorAll('kbd')).map((kbd) => kbd.textContent)).toEqual([
      '↓',
      '→',
      'Tab',
    ]);
  });

  it('shows every label key of the codebook', () => {
    const labels = allLabelKeys(index).flatMap((group) => group.labels);
    expect(labels.length).toBeGreaterThan(20);
    for (const { strokes } of labels) expect(kbds).toContain(strokes.join(' '));
  });
});
