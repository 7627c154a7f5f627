/**
 * Tab from the article text goes straight to the first field of the focused annotation's
 * details (its attribute, note or link), instead of walking through the status line and
 * the panel's tabs first: the details are what an analyst fills in after tagging.
 */
import { useEffect } from 'react';

const FIELD = '.details :is(select, textarea, input:not([type="hidden"]):not([disabled]))';

export function useTabToDetails(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey)
        return;
      const target = event.target;
      // From the text, or from nowhere (a selection made with the mouse leaves the focus on
      // the page body).
      const isFromText =
        target === document.body ||
        (target instanceof Element && !!target.closest('.article-text'));
      if (!isFromText) return;
      const field = document.querySelector<HTMLElement>(FIELD);
      if (!field) return;
      event.preventDefault();
      field.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
