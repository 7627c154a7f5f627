/**
 * A context menu (WAI-ARIA menu pattern): opens at the pointer or under the focused row,
 * takes the focus on its first item, moves with the arrows, Home and End, runs an item on
 * Enter or Space, and closes on Escape, Tab or a click elsewhere, handing the focus back.
 */
import { useEffect, useEffectEvent, useRef, type KeyboardEvent } from 'react';
import '../styles/library-actions.css';

/** One entry of the menu. */
export interface MenuItem {
  label: string;
  /** The key shown beside the label ("Del"). */
  hint?: string;
  run: () => void;
}

interface RowMenuProps {
  /** What the menu is about, for assistive technology ("Actions for …"). */
  label: string;
  items: readonly MenuItem[];
  /** Viewport coordinates of its top-left corner. */
  at: { x: number; y: number };
  /** Closes the menu; the caller puts the focus back where it was. */
  onClose: () => void;
}

/** The menu, fixed at `at` and kept inside the window. */
export function RowMenu({ label, items, at, onClose }: RowMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  // Placed and focused once per opening, not on every render of the view under it.
  const close = useEffectEvent(() => onClose());

  useEffect(() => {
    const element = menu.current;
    if (!element) return;
    // Kept on screen: a menu opened near the right or bottom edge opens the other way.
    const box = element.getBoundingClientRect();
    element.style.left = `${Math.max(4, Math.min(at.x, window.innerWidth - box.width - 4))}px`;
    element.style.top = `${Math.max(4, Math.min(at.y, window.innerHeight - box.height - 4))}px`;
    element.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) close();
    };
    window.addEventListener('pointerdown', onPointer, true);
    return () => window.removeEventListener('pointerdown', onPointer, true);
  }, [at]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: entries.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      entries[(next + entries.length) % entries.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      ref={menu}
      className="row-menu"
      role="menu"
      aria-label={label}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          onClick={() => {
            onClose();
            item.run();
          }}
        >
          <span>{item.label}</span>
          {item.hint && (
            <kbd className="row-menu-hint" aria-hidden="true">
              {item.hint}
            </kbd>
          )}
        </button>
      ))}
    </div>
  );
}
