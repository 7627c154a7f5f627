import { useEffect, useEffectEvent } from 'react';
import { useEscapeLayer } from '../shell/useEscapeLayer';

const isField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  target.closest('input, textarea, select, [contenteditable="true"]') !== null;

/**
 * Steps through the review list with j/k or ]/[, undoes the last action (an accept) with
 * Ctrl/Cmd+Z, and closes on Escape, unless the key is typed into a field or a control
 * already used it. The screen is the bottom layer of Escape (`useEscapeLayer`), so an open
 * modal dialog keeps its Escape.
 */
export function useReviewKeys(
  onStep: (step: 1 | -1) => void,
  onClose: () => void,
  onUndo: () => void,
): void {
  useEscapeLayer('screen', (event) => {
    if (isField(event.target)) return false;
    onClose();
    return true;
  });
  // An effect event always sees the latest list: a listener re-registered after each render
  // would, for a key pressed between a paint and the passive effects, step the old list.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || isField(event.target)) return;
    if (event.ctrlKey || event.metaKey) {
      if (event.key.toLowerCase() !== 'z' || event.shiftKey) return;
      event.preventDefault();
      onUndo();
      return;
    }
    if (event.key === 'j' || event.key === ']') onStep(1);
    else if (event.key === 'k' || event.key === '[') onStep(-1);
    else return;
    event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
