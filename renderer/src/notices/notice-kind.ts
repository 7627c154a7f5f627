/**
 * Whether a notice is an error, which stays until dismissed, or news (an import finished, a
 * file changed on disk), which dismisses itself after `NEWS_NOTICE_MS`. Callers may say
 * which; otherwise the wording decides, erring on the side of keeping: a message that says
 * something failed is never taken away before it is read. Pure.
 */
export type NoticeKind = 'news' | 'error';

/** How long news stays on screen. */
export const NEWS_NOTICE_MS = 6000;

const FAILURE =
  /\b(could ?n[o’']t|cannot|can[’']t|failed|fails|failure|errors?|unavailable|not saved|not read|refused|denied|missing|invalid|unreadable|lost|orphaned)\b/i;

/** The kind of a notice worded `message`. */
export function noticeKindOf(message: string): NoticeKind {
  return FAILURE.test(message) ? 'error' : 'news';
}
