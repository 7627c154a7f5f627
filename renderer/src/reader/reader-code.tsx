/**
 * The reader's code (Lexical, the editor, its panels) is a chunk of its own, loaded once the
 * library is shown and the page idle, not on the article's first opening. A trace of that
 * opening showed V8 compiling 527 of the reader's functions on their first call (47 ms of
 * compile and 19 ms of parse in a 112 ms render). The chunk carries V8's compile hint
 * (`//# allFunctionsCalledOnLoad`, added by the build: electron.vite.config.ts), so it is
 * compiled whole when it loads, off the opening's path; the library's own bundle is smaller
 * for it too.
 *
 * Not `React.lazy` with `Suspense`: a lazy component suspends on its first render even when
 * its module is already loaded, and React then holds the revealed content back (its
 * fallback throttle), which cost the opening about 180 ms in an A/B. Once loaded, the
 * reader here renders in the same pass as the click's.
 */
import { useEffect, useState, type ComponentProps } from 'react';
import { afterLibraryIdle } from '../shell/after-library-idle';
import type { ReaderView } from './ReaderView';

type ReaderViewType = typeof ReaderView;
let loaded: ReaderViewType | undefined;
let loading: Promise<ReaderViewType> | undefined;

function loadReaderView(): Promise<ReaderViewType> {
  loading ??= import('./ReaderView').then(
    (module) => (loaded = module.ReaderView),
    (error: unknown) => {
      loading = undefined; // the next opening tries again
      throw error;
    },
  );
  return loading;
}

/** Loads the reader's code once `libraryRead` settles and the page is idle; answers a cancel. */
export function loadReaderCodeWhenIdle(libraryRead: Promise<void>): () => void {
  // A failed load here is tried again, and shown, by the article's opening.
  return afterLibraryIdle(libraryRead, () => void loadReaderView().catch(() => undefined));
}

/**
 * `ReaderView` at once when its code is loaded; else nothing until it is (an opening in
 * the instant after start), or a message if it cannot be loaded.
 */
export function ReaderViewWhenLoaded(props: ComponentProps<ReaderViewType>) {
  const [View, setView] = useState(() => loaded);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (View) return;
    let isCurrent = true;
    loadReaderView().then(
      (view) => isCurrent && setView(() => view),
      (error: unknown) =>
        isCurrent && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      isCurrent = false;
    };
  }, [View]);
  if (View) return <View {...props} />;
  if (failure) return <p role="alert">The reader could not be loaded: {failure}</p>;
  return null;
}
