/**
 * The stored preferences, followed live, and applied to the page at once: the theme as
 * `data-theme` on the root element, the reading font, size and line spacing as CSS custom
 * properties (set through the CSSOM, which the page's CSP allows). Answers the settings and
 * the theme drawn, `system` resolved through `prefers-color-scheme`.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { READING_FONT_STACKS, resolvedTheme, type AppSettings } from './app-settings';
import { useSettings } from './settings-context';
import '../styles/theme-dark.css';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToScheme(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the operating system asks for dark, followed as it changes. */
function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribeToScheme, () => window.matchMedia(DARK_QUERY).matches);
}

/** The preferences and the theme drawn; applies both to the document. */
export function useAppSettings(): { settings: AppSettings; theme: 'light' | 'dark' } {
  const settings = useSettings();
  const prefersDark = usePrefersDark();
  const theme = resolvedTheme(settings.theme, prefersDark);
  const { readingFont, readingSize, lineSpacing } = settings;
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.setProperty('--reading-font', READING_FONT_STACKS[readingFont]);
    root.style.setProperty('--reading-size', `${readingSize}px`);
    root.style.setProperty('--reading-line-height', String(lineSpacing));
  }, [theme, readingFont, readingSize, lineSpacing]);
  return { settings, theme };
}
