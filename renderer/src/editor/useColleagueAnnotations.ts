import { useMemo, useState } from 'react';
import type { Annotation, AuthorId } from '../annotation/types';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import { createColleagueMarksDerivation, type ColleagueAnnotations } from './colleague-marks';

/** Colleagues' annotations on the article: their count and their marks to overlay. */
export function useColleagueAnnotations(
  annotations: readonly Annotation[],
  self: AuthorId,
  codebook: CodebookIndex,
): ColleagueAnnotations {
  const [derive] = useState(createColleagueMarksDerivation);
  return useMemo(() => derive(annotations, self, codebook), [derive, annotations, self, codebook]);
}
