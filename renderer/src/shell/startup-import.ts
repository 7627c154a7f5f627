/**
 * What the app imports when it starts: paths given on the command line, and on the very
 * first run the bundled sample articles. The `samplesSeeded` flag is set once the samples
 * have been imported, so a user who later deletes every article is not re-seeded silently.
 */
import type { SourcemarkApi } from '../../../preload/api';
import { isLibraryEmpty } from '../library/article-repository';
import { isFlagSet, setFlag } from '../library/settings-repository';
import type { ImportReport } from '../import/import-report';
import type { ImportRequest } from '../import/import-session';

/** Runs the start-up import through `enqueue`; answers messages for the user (host errors). */
export async function runStartupImport(
  app: Pick<SourcemarkApi['app'], 'takeLaunchPaths'>,
  library: Pick<SourcemarkApi['library'], 'samplePaths'>,
  enqueue: (request: ImportRequest) => Promise<ImportReport>,
): Promise<string[]> {
  const messages: string[] = [];
  const launch = await app.takeLaunchPaths();
  if (!launch.ok) messages.push(launch.error.message);
  let paths = launch.ok ? launch.value : [];

  const isFirstRun = (await isLibraryEmpty()) && !(await isFlagSet('samplesSeeded'));
  let isSeeding = false;
  if (isFirstRun) {
    const samples = await library.samplePaths();
    if (samples.ok) {
      paths = [...samples.value, ...paths];
      isSeeding = samples.value.length > 0;
    } else {
      messages.push(samples.error.message);
    }
  }
  if (paths.length === 0) return messages;

  const report = await enqueue({ kind: 'paths', paths });
  // A failed or cancelled seeding is retried on the next start, while the library is empty.
  if (isSeeding && !report.isCancelled && report.errors.length === 0) {
    await setFlag('samplesSeeded');
  }
  return messages;
}
