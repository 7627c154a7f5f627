/**
 * The side panel's line about colleagues' annotations on the article: how many there are
 * (an article can look untouched in the reader while a colleague's imported set holds
 * hundreds of tags) and a switch that overlays them, read-only, on the text.
 */
interface ColleagueMarksToggleProps {
  count: number;
  isShown: boolean;
  onChange: (isShown: boolean) => void;
}

/** Nothing when no colleague annotated the article. */
export function ColleagueMarksToggle({ count, isShown, onChange }: ColleagueMarksToggleProps) {
  if (count === 0) return null;
  return (
    <div className="colleague-bar" role="group" aria-label="Colleagues’ annotations">
      <span data-testid="colleague-count">
        {count} by {count === 1 ? 'a colleague' : 'colleagues'}
      </span>
      <label>
        <input
          type="checkbox"
          checked={isShown}
          onChange={(event) => onChange(event.target.checked)}
        />
        Show their marks
      </label>
    </div>
  );
}
