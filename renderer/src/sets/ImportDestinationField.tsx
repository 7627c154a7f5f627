/**
 * The import dialog's choice of where the annotations go, shown before anything is written:
 * a colleague's set (the default), the analyst's own set, or the gold set, each with what it
 * means. When the file names the analyst (or gold) as author, a note says so and what the
 * default does with those annotations.
 */
import type { FileAuthorship, ImportDestination } from './import-destination';

interface ImportDestinationFieldProps {
  destination: ImportDestination;
  onChange: (destination: ImportDestination) => void;
  /** Whose set a default import writes, as the dialog knows it so far. */
  colleagueLabel: string;
  /** Whose annotations the file holds, once it is read. */
  authorship?: FileAuthorship;
}

const count = (n: number) => `${n} annotation${n === 1 ? '' : 's'}`;

/** A radio group with a line under each choice saying what it does. */
export function ImportDestinationField({
  destination,
  onChange,
  colleagueLabel,
  authorship,
}: ImportDestinationFieldProps) {
  const option = (value: ImportDestination, label: string, meaning: string) => (
    <label className="sets-destination">
      <input
        type="radio"
        name="import-destination"
        checked={destination === value}
        onChange={() => onChange(value)}
      />
      <span>
        {label}
        <small>{meaning}</small>
      </span>
    </label>
  );
  return (
    <fieldset>
      <legend>Where the annotations go</legend>
      {authorship?.copyOfMine && (
        <p role="note" className="sets-own-file">
          This file names you as the author of {count(authorship.mine)}. Unless you choose “Restore
          into my own set”, they are imported as a separate set, “{authorship.copyOfMine}”, and your
          own set is not touched.
        </p>
      )}
      {authorship?.copyOfGold && (
        <p role="note" className="sets-own-file">
          This file names the gold set as the author of {count(authorship.gold)}. Unless you choose
          “Write into the gold set”, they are imported as a separate set, “{authorship.copyOfGold}”,
          and the gold set is not touched.
        </p>
      )}
      {option(
        'colleague',
        `Import as colleague ‘${colleagueLabel}’ (default)`,
        'Kept apart in that set; your own set and the gold set are not touched.',
      )}
      {option(
        'self',
        'Restore into my own set',
        'Every annotation in the file joins your own set, as yours.',
      )}
      {option(
        'gold',
        'Write into the gold set',
        'Every annotation in the file joins the gold set, the reference review adjudicates into.',
      )}
    </fieldset>
  );
}
