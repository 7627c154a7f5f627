// @vitest-environment jsdom
/**
 * The details form stays mounted as the focus moves from one annotation to the next (a form
 * built anew for each made Chromium's autofill scan the page at every addition): what was
 * typed for one annotation, and the keyboard focus, must not carry over to the next.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArticleId, SpanAnnotation } from '../annotation/types';
import { indexCodebook } from '../codebook/codebook-lookup';
import { itemId, testCodebook, testItem } from '../codebook/test-codebook';
import { spanAnnotationOf } from '../testing/annotation-records';
import { AnnotationDetails } from './AnnotationDetails';

const TEXT = 'Alice met Bob in Paris.';
const ARTICLE = 'article-1' as ArticleId;
const base = testCodebook();
// Person with a free-text attribute: a second draft field beside the note.
const codebook = indexCodebook({
  ...base,
  items: base.items.map((item) =>
    item.id === 'entity.person'
      ? testItem('entity.person', {
          ...item,
          attributes: [{ kind: 'text', key: 'role', label: 'Role', isRich: false }],
        })
      : item,
  ),
});
const alice = spanAnnotationOf('a-1', ARTICLE, TEXT, 0, 5, { itemId: itemId('entity.person') });
const bob = spanAnnotationOf('a-2', ARTICLE, TEXT, 10, 13, { itemId: itemId('entity.person') });

let root: Root | null = null;
let container: HTMLElement;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function show(annotation: SpanAnnotation, onApply = vi.fn()) {
  if (!root) {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  }
  act(() =>
    root!.render(
      <AnnotationDetails
        annotation={annotation}
        annotations={[alice, bob]}
        entities={[]}
        codebook={codebook}
        onApply={onApply}
        onRelabel={() => {}}
        onFindOccurrences={() => {}}
        onClose={() => {}}
      />,
    ),
  );
  return onApply;
}

/** A field of the form by its label's text (`<label><span>Text</span><control/></label>`). */
function field(label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = [...container.querySelectorAll('label')].find(
    (element) => element.querySelector('span')?.textContent === label,
  );
  return found!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
}

/** Types `value` as a user would: React reads it from the element on `input`. */
function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = Object.getPrototypeOf(element) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value);
  act(() => void element.dispatchEvent(new Event('input', { bubbles: true })));
}

describe('AnnotationDetails for the next annotation', () => {
  it('starts every field from the new annotation, not from what was typed for the last', () => {
    show(alice);
    type(field('Note'), 'Check her title');
    type(field('Role'), 'minister');
    type(field('Name'), 'Alice Martin');
    type(field('Wikidata id (optional)'), 'Q42');
    const note = field('Note');

    show(bob);

    expect(field('Note')).toBe(note); // the same form, not a new one
    expect(field('Note').value).toBe('');
    expect(field('Role').value).toBe('');
    expect(field('Name').value).toBe('Bob');
    expect(field('Wikidata id (optional)').value).toBe('');
  });

  it('never writes the last annotation’s draft into the new one', () => {
    show(alice);
    type(field('Note'), 'Check her title');
    const onApply = show(bob);
    act(() => field('Note').dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(onApply).not.toHaveBeenCalled();
  });

  it('leaves the keyboard focus where a new form would: not in the form', () => {
    show(alice);
    const close = container.querySelector<HTMLButtonElement>('[aria-label="Close details"]')!;
    close.focus();
    expect(document.activeElement).toBe(close);

    show(bob);

    expect(container.contains(document.activeElement)).toBe(false);
  });

  it('keeps the focus and the draft while the annotation stays the same', () => {
    show(alice);
    type(field('Note'), 'Check her title');
    field('Note').focus();

    show({ ...alice, modifiedAt: '2026-02-01T00:00:00.000Z' });

    expect(field('Note').value).toBe('Check her title');
    expect(document.activeElement).toBe(field('Note'));
  });
});
