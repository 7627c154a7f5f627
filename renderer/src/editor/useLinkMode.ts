/**
 * Linking a claim to its source by keyboard: `l` on a focused claim starts it, the arrow
 * keys (or Tab) step through the candidate mentions nearest first, Enter links, Escape
 * leaves with nothing changed. While it lasts it owns those keys: its listener runs in the
 * capture phase and stops them there, so the editor's own Tab-to-details, Enter-for-palette
 * and Escape-drops-focus never see them.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import type { SpanAnnotation } from '../annotation/types';
import { KEY_TABLE, matchesKey } from '../help/key-table';

/** A link being made: the claim, its candidates in stepping order, the highlighted one. */
export interface LinkSession {
  claim: SpanAnnotation;
  candidates: readonly SpanAnnotation[];
  index: number;
}

interface LinkModeHandlers {
  /** A candidate became the highlighted one (scroll it into view, announce it). */
  onStep(session: LinkSession): void;
  /** Enter: link `session.claim` to the highlighted candidate. */
  onLink(session: LinkSession): void;
  onCancel(): void;
}

/** The link session and its start and stop; the keys are bound while a session lasts. */
export function useLinkMode(handlers: LinkModeHandlers): {
  session: LinkSession | null;
  start(claim: SpanAnnotation, candidates: readonly SpanAnnotation[]): void;
  stop(): void;
} {
  const [session, setSession] = useState<LinkSession | null>(null);
  const isActive = session !== null;

  const step = (next: LinkSession) => {
    setSession(next);
    handlers.onStep(next);
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!session) return;
    const take = () => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const count = session.candidates.length;
    if (matchesKey(event, KEY_TABLE.linkNext)) {
      take();
      step({ ...session, index: (session.index + 1) % count });
    } else if (matchesKey(event, KEY_TABLE.linkPrevious)) {
      take();
      step({ ...session, index: (session.index - 1 + count) % count });
    } else if (matchesKey(event, KEY_TABLE.linkConfirm)) {
      take();
      setSession(null);
      handlers.onLink(session);
    } else if (matchesKey(event, KEY_TABLE.linkCancel)) {
      take();
      setSession(null);
      handlers.onCancel();
    }
  });

  useEffect(() => {
    if (!isActive) return undefined;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, [isActive]);

  return {
    session,
    start: (claim, candidates) => {
      if (candidates.length > 0) step({ claim, candidates, index: 0 });
    },
    stop: () => setSession(null),
  };
}
