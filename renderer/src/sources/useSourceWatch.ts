import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { SourceChanges, SourcemarkApi, WatchedSource } from '../../../preload/api';
import { listArticleSummaries } from '../library/article-repository';
import { applySourceChanges } from './apply-source-changes';
import { describeRefusedSources, sameSources, watchListOf } from './watch-list';

/** Pause after the library changes before registering again: an import changes it often. */
const REGISTER_DELAY_MS = 300;
/**
 * How long after start the library is first read for the list, unless an import starts
 * first. The list is every article's record (10,000 in the export bench, 1.4 MB sent), and
 * read at once with the library's first page and a dialog opened straight away it slowed
 * both. Nothing is missed meanwhile: a registration carries each file's stored size, time
 * and digest, so the host reports a change made before it as well.
 */
export const FIRST_REGISTRATION_DELAY_MS = 5_000;
/** Most follow-up checks in a row when the host says more changes wait. */
const MAX_FOLLOW_UPS = 40;

/**
 * Keeps the host watching the library's source files and applies what it finds, for the
 * app's lifetime: registers the files whenever the library changes (a few seconds after
 * start, imports, a text replaced by a change), takes the host's change events, and asks
 * for a check when the window gets the focus back (the analyst may have just saved the
 * file elsewhere).
 * `notify` gets one message per article touched. While `isImporting`, the list is neither
 * read nor sent again: an import changes the library every 25 files, and reading and
 * sending the whole library each time made an import slow down as the library grew. The
 * files it adds are registered once it is over (the host keeps watching the others).
 */
export function useSourceWatch(
  api: SourcemarkApi,
  notify: (message: string) => void,
  isImporting = false,
): void {
  const [isDue, setDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDue(true), FIRST_REGISTRATION_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  // An import before then: its files are registered once it is over, as always.
  if (isImporting && !isDue) setDue(true);
  const last = useRef<WatchedSource[] | undefined>(undefined);
  const sources = useLiveQuery(async () => {
    // A query that reads nothing is not run again until `isImporting` or `isDue` changes.
    if (!isDue) return undefined;
    if (isImporting && last.current) return last.current;
    last.current = watchListOf(await listArticleSummaries());
    return last.current;
  }, [isImporting, isDue]);
  // The list last sent, and to which host: a list read again the same is not sent again.
  const sent = useRef<{ api: SourcemarkApi; sources: WatchedSource[] } | undefined>(undefined);
  const applying = useRef<Promise<void>>(Promise.resolve());
  // The refused files last told about: the library re-registers after every change, and
  // the same refusal is said once.
  const toldRefused = useRef('');

  // Applied one report after another, so the messages come in the order of the changes.
  const apply = useEffectEvent((changes: SourceChanges) => {
    applying.current = applying.current
      .then(() => applySourceChanges(changes))
      .then(
        (messages) => messages.forEach((message) => notify(message)),
        (error: unknown) =>
          notify(
            `A changed source file could not be applied: ${error instanceof Error ? error.message : String(error)}`,
          ),
      );
  });

  useEffect(() => api.sources.onDidChangeSources((changes) => apply(changes)), [api]);

  useEffect(() => {
    if (sources === undefined) return;
    if (sent.current?.api === api && sameSources(sent.current.sources, sources)) return;
    const timer = setTimeout(() => {
      sent.current = { api, sources };
      void api.sources.watch(sources).then((answer) => {
        if (!answer.ok) return notify(answer.error.message);
        const { refused } = answer.value;
        const key = refused.join('\n');
        if (refused.length > 0 && key !== toldRefused.current)
          notify(describeRefusedSources(refused));
        toldRefused.current = key;
      });
    }, REGISTER_DELAY_MS);
    return () => clearTimeout(timer);
    // `notify` is stable (useNotices). The list is compared field by field, never spelled
    // as JSON here: 10,000 sources are 1.4 MB, and spelling and parsing them on the page's
    // thread, on top of the host's own, made one of its longest tasks (the export bench).
  }, [api, sources, notify]);

  useEffect(() => {
    let isChecking = false;
    const checkNow = async () => {
      if (isChecking) return;
      isChecking = true;
      try {
        for (let round = 0; round < MAX_FOLLOW_UPS; round++) {
          const answer = await api.sources.check();
          if (!answer.ok) return;
          apply(answer.value);
          if (!answer.value.hasMore) return;
        }
      } finally {
        isChecking = false;
      }
    };
    const onFocus = () => void checkNow();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void checkNow();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [api]);
}
