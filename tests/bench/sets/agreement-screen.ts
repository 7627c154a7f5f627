/**
 * What the Agreement screen computes when it opens (the `result` memo of
 * `agreement-view/AgreementView.tsx`, called the same way): the span selection, the agreement
 * table (alpha-U and span F1 per label and overall), the pairwise matrices for a team of more
 * than two, and alpha and kappa on every field of the document profile.
 */
import { buildAgreementTable } from '../../../renderer/src/agreement/agreement-table';
import {
  documentAgreement,
  pairwiseSpanFigures,
  spanSelectionOf,
} from '../../../renderer/src/agreement-view/agreement-input';
import type { Codebook } from '../../../renderer/src/codebook/codebook-types';
import type { AgreementStudy } from './generate-agreement';

const PROFILE_ITEM_ID = 'document.profile';

/** Runs the screen's computation over `study`. */
export function computeAgreementScreen(study: AgreementStudy, codebook: Codebook) {
  const { articles, annotations, authors } = study;
  const { selection, skippedSpans } = spanSelectionOf(articles, annotations, authors);
  const table = buildAgreementTable(selection);
  const profile = codebook.items.find((item) => item.id === PROFILE_ITEM_ID);
  const keys = profile?.attributes.map((attribute) => attribute.key) ?? [];
  const ids = articles.map((a) => a.id);
  return {
    table,
    skippedSpans,
    pairwise: authors.length > 2 ? pairwiseSpanFigures(selection) : null,
    documents: documentAgreement(ids, annotations, authors, PROFILE_ITEM_ID, keys),
  };
}
