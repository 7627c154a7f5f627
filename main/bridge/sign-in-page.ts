/**
 * The short page a browser gets when it asks for the app without a session: the one-time
 * link was already used, or this browser never opened it (or opened the link of an
 * earlier run, whose token died with it). It says what to do, in plain HTML: no script,
 * no style, so the strict CSP holds.
 */

export type SignInReason = 'link-used' | 'no-session';

const RESTART =
  'stop <code>npm run start:browser</code> (Ctrl+C in its terminal), run it again in the ' +
  'Sourcemark folder and open the new link it prints';

const EXPLANATIONS: Record<SignInReason, string> = {
  'link-used':
    'This sign-in link has already been used. Each link works once, so that a copy left ' +
    'in a terminal or a browser history cannot open your library.',
  'no-session':
    'This browser is not signed in to Sourcemark, or Sourcemark was restarted since it was.',
};

/** The HTML of the page explaining `reason` and how to get back to the app. */
export function signInPageHtml(reason: SignInReason): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8" /><title>Sourcemark: sign-in needed</title></head>',
    '<body>',
    `<p>${EXPLANATIONS[reason]}</p>`,
    `<p>If Sourcemark is open in another tab of this browser, use that tab. Otherwise ${RESTART}.</p>`,
    '<p>Your library is kept by this browser and comes back when you sign in again on the same port.</p>',
    '</body>',
    '</html>',
  ].join('\n');
}
