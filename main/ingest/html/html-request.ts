/** What the saved-page reader's worker (`html-worker.ts`) is asked: one page's bytes and where they came from. */
import type { SourceMeta } from '../build-article';

export interface HtmlRequest {
  bytes: Uint8Array;
  meta: SourceMeta;
}
