/**
 * What the Export dialog says about a file: how many annotations it holds out of those
 * chosen, and what it dropped. The numbers are the format's own count of what it wrote
 * (`ExportOutput.annotationCount`), never the size of the selection, so a CoNLL file of a
 * set with no entity says "0 of 6,128" and why, rather than "6,128".
 */
import { kindOfOne, type Lossiness } from '../formats/shared/lossiness';
import type { ExportOutput } from './export-formats';

/** The counts a summary needs of an export. */
type Counts = Pick<ExportOutput, 'annotationCount' | 'selectedCount'>;

/** What a summary needs of a written file: its counts and its losses. */
type Written = Pick<ExportOutput, 'annotationCount' | 'selectedCount' | 'lossiness'>;

/** "120 annotations", "1 annotation", "0 of 6,128 annotations": written, then chosen when fewer. */
export function annotationCountText({ annotationCount, selectedCount }: Counts): string {
  const noun = (n: number) => (n === 1 ? 'annotation' : 'annotations');
  if (annotationCount === selectedCount)
    return `${number(annotationCount)} ${noun(annotationCount)}`;
  return `${number(annotationCount)} of ${number(selectedCount)} ${noun(selectedCount)}`;
}

/** "6,128 non-entity labels, 1 document-level annotation": each kind dropped with its count. */
export function droppedText(lossiness: Lossiness): string {
  return lossiness.dropped
    .map((d) => `${number(d.count)} ${d.count === 1 ? kindOfOne(d.what) : d.what}`)
    .join(', ');
}

/**
 * After saving: "Exported 120 annotations (brat); nothing dropped." or
 * "Exported 0 of 6,128 annotations; dropped 6,128 non-entity labels (CoNLL IOB2)."
 */
export function exportSummary(output: Written, formatLabel: string): string {
  const head = `Exported ${annotationCountText(output)}`;
  if (output.lossiness.dropped.length === 0) return `${head} (${formatLabel}); nothing dropped.`;
  return `${head}; dropped ${droppedText(output.lossiness)} (${formatLabel}).`;
}

/**
 * Before saving, when the format can write none of the chosen annotations: the file is
 * still offered (a CoNLL file of the texts tagged `O` is a valid file), but the dialog says
 * so plainly. `undefined` when something is written or nothing was chosen.
 */
export function nothingWrittenText(output: Written): string | undefined {
  if (output.annotationCount > 0 || output.selectedCount === 0) return undefined;
  const n = output.selectedCount;
  const which = n === 1 ? 'The one annotation' : `None of the ${number(n)} annotations`;
  const why = droppedText(output.lossiness);
  return `${which} ${n === 1 ? 'does not fit' : 'fits'} this format: the file will hold the articles alone${why ? `; dropped ${why}` : ''}.`;
}

function number(n: number): string {
  return n.toLocaleString('en');
}
