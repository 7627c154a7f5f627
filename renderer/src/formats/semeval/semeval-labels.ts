/**
 * The technique string an annotation is written with in a SemEval scheme: the codebook
 * item's external label for the scheme (inherited from the nearest ancestor that has one).
 * For PTC 2020, the string the corpus itself gave, kept by the import in the `ptc2020Label`
 * attribute when it mapped the label onto the codebook (`Black-and-White_Fallacy` onto
 * False dilemma), wins while the annotation still has the item that string maps to: a
 * corpus whose codebook strings differ from the default's still comes back as it was, and
 * an annotation the analyst has since relabelled is written with its new label.
 */
import type { SpanAnnotation } from '../../annotation/types';
import type { ExportLabel } from '../shared/export-input';
import { PTC_LABEL_ATTRIBUTE, PTC_TO_SEMEVAL2023 } from './ptc-labels';

/** Which task's label strings to write. */
export type SemEvalScheme = 'semeval2023' | 'ptc2020';

/** The string to write for `annotation` (labelled `label`), or `undefined`: not a technique. */
export function techniqueLabel(
  annotation: SpanAnnotation,
  label: ExportLabel,
  scheme: SemEvalScheme,
): string | undefined {
  const fromCodebook = label.externalLabels?.[scheme];
  if (scheme !== 'ptc2020') return fromCodebook;
  const kept = annotation.attributes[PTC_LABEL_ATTRIBUTE];
  if (typeof kept !== 'string') return fromCodebook;
  const counterpart = PTC_TO_SEMEVAL2023.get(kept);
  // The item the import gave it: the codebook's SemEval-2023 item or, when the codebook had
  // none, the label itself kept as the item.
  const isSameItem =
    counterpart !== undefined &&
    (counterpart === label.externalLabels?.semeval2023 || counterpart === label.label);
  return isSameItem ? kept : fromCodebook;
}

/** Whether an attribute is the scheme's own bookkeeping, written as the label, not lost. */
export function isLabelAttribute(key: string, scheme: SemEvalScheme): boolean {
  return scheme === 'ptc2020' && key === PTC_LABEL_ATTRIBUTE;
}
