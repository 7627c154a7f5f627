/**
 * Settings, one screen: the analyst's name, theme, reading type, snapping, the default export
 * format, and where snapshots go (`backup/SnapshotSettings`). Every change is stored and
 * applied as it is made; there is no Save button to forget.
 */
import { useId, useState } from 'react';
import { SnapshotSettings } from '../backup/SnapshotSettings';
import { EXPORT_FORMATS, type ExportFormatId } from '../sets/export-formats';
import { ModalDialog } from '../shell/ModalDialog';
import { useWorkspace } from '../shell/workspace-context';
import { renameAnalyst } from '../store/analyst-repository';
import {
  type AppSettings,
  LINE_SPACING_RANGE,
  READING_SIZE_RANGE,
  type ReadingFont,
  type ThemeChoice,
} from './app-settings';
import { useSettings } from './settings-context';
import { saveAppSetting } from './settings-repository';
import '../styles/settings.css';

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'Follow the system' },
];
const FONTS: { value: ReadingFont; label: string }[] = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans serif' },
  { value: 'mono', label: 'Monospace' },
];

function AnalystNameField() {
  const { analyst } = useWorkspace();
  const [draft, setDraft] = useState(analyst.name);
  const save = () => {
    if (draft.trim() && draft.trim() !== analyst.name) void renameAnalyst(draft);
  };
  return (
    <label className="settings-field">
      <span>Your name</span>
      <input
        type="text"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save();
        }}
      />
      <small>Written on your annotations and exports, so colleagues see whose tags they are.</small>
    </label>
  );
}

/** The Settings dialog; `onClose` on Escape or Close. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const stored = useSettings();
  // What was just chosen shows at once, before the stored value comes back through the
  // live query (a radio or a checkbox must not flick back in between).
  const [chosen, setChosen] = useState<Partial<AppSettings>>({});
  const settings: AppSettings = { ...stored, ...chosen };
  const change = <K extends keyof AppSettings>(key: K, value: AppSettings[K]) => {
    setChosen((current) => ({ ...current, [key]: value }));
    void saveAppSetting(key, value);
  };
  const titleId = useId();
  return (
    <ModalDialog className="settings-dialog" labelledBy={titleId} onClose={onClose}>
      <h2 id={titleId}>Settings</h2>
      <p className="settings-hint">Changes are saved and applied as you make them.</p>
      <div className="settings-grid">
        <section aria-label="You">
          <AnalystNameField />
        </section>
        <section aria-label="Appearance">
          <fieldset className="settings-field">
            <legend>Theme</legend>
            {THEMES.map((theme) => (
              <label key={theme.value} className="settings-choice">
                <input
                  type="radio"
                  name="settings-theme"
                  checked={settings.theme === theme.value}
                  onChange={() => change('theme', theme.value)}
                />
                {theme.label}
              </label>
            ))}
          </fieldset>
          <label className="settings-field">
            <span>Reading font</span>
            <select
              value={settings.readingFont}
              onChange={(event) => change('readingFont', event.target.value as ReadingFont)}
            >
              {FONTS.map((font) => (
                <option key={font.value} value={font.value}>
                  {font.label}
                </option>
              ))}
            </select>
          </label>
          <label className="settings-field">
            <span>Reading size ({settings.readingSize} px)</span>
            <input
              type="range"
              min={READING_SIZE_RANGE.min}
              max={READING_SIZE_RANGE.max}
              step={1}
              value={settings.readingSize}
              onChange={(event) => change('readingSize', Number(event.target.value))}
            />
          </label>
          <label className="settings-field">
            <span>Line spacing ({settings.lineSpacing.toFixed(1)})</span>
            <input
              type="range"
              min={LINE_SPACING_RANGE.min}
              max={LINE_SPACING_RANGE.max}
              step={0.1}
              value={settings.lineSpacing}
              onChange={(event) => change('lineSpacing', Number(event.target.value))}
            />
          </label>
        </section>
        <section aria-label="Annotating and export">
          <label className="settings-choice">
            <input
              type="checkbox"
              checked={settings.snapToWords}
              onChange={(event) => change('snapToWords', event.target.checked)}
            />
            Snap selections to whole words
          </label>
          <label className="settings-field">
            <span>Default export format</span>
            <select
              value={settings.defaultExportFormat}
              onChange={(event) =>
                change('defaultExportFormat', event.target.value as ExportFormatId)
              }
            >
              {EXPORT_FORMATS.map((format) => (
                <option key={format.id} value={format.id}>
                  {format.label}
                </option>
              ))}
            </select>
          </label>
        </section>
        <section aria-label="Snapshots and backups" className="settings-snapshots">
          <SnapshotSettings />
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
