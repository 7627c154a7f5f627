/**
 * The stored preferences, followed live, and applied to the page at once: the theme as
 * `data-theme` on the root element, the reading font, size and line spacing as CSS custom
 * properties (set through the CSSOM, which the page's CSP allows). Answers the settings and
 * the theme drawn, `system` resolved through `prefers-color-scheme`.
 */
import { useEffect, useSyncExternalStore } from 'react';
import {
  DEFAULT_SETTINGS,
  READING_FONT_STACKS,
  resolvedTheme,
  type AppSettings,
} from './app-settings';
import { useSettings } from './settings-context';
import '../styles/theme-dark.css';

const DARK_QUERY = '(prefers-color-scheme: dark)';
/** The custom properties the reading type is set through (reading-room.css reads them). */
const READING_SIZE_PROPERTY = '--reading-size';
const LINE_SPACING_PROPERTY = '--reading-line-height';

/**
 * The height in pixels of a row of reading text, from the properties `useAppSettings` set
 * on `root` (the defaults until the settings are read, as in reading-room.css). Reads the
 * element's own style declaration, never a computed style: that would make the browser
 * recalculate the page's styles before the reader's first paint (4–27 ms measured at the
 * editor benchmark's open, and the forced layout that followed).
 */
export function readingRowHeight(root: HTMLElement = document.documentElement): number {
  const size = parseFloat(root.style.getPropertyValue(READING_SIZE_PROPERTY));
  const spacing = parseFloat(root.style.getPropertyValue(LINE_SPACING_PROPERTY));
  return (
    (Number.isFinite(size) ? size : DEFAULT_SETTINGS.readingSize) *
    (Number.isFinite(spacing) ? spacing : DEFAULT_SETTINGS.lineSpacing)
  );
}

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
    root.style.setProperty(READING_SIZE_PROPERTY, `${readingSize}px`);
    root.style.setProperty(LINE_SPACING_PROPERTY, String(lineSpacing));
  }, [theme, readingFont, readingSize, lineSpacing]);
  return { settings, theme };
}
