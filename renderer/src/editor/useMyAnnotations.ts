import { useMemo, useState } from 'react';
import type { Annotation, AuthorId } from '../annotation/types';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import { createMyAnnotationsDerivation, type MyAnnotations } from './my-annotations';

/**
 * This analyst's annotations on the article, as the workspace shows them; after a change of
 * a few rows, only those are put in place (see `createMyAnnotationsDerivation`).
 */
export function useMyAnnotations(
  annotations: readonly Annotation[],
  author: AuthorId,
  codebook: CodebookIndex,
): MyAnnotations {
  const [derive] = useState(createMyAnnotationsDerivation);
  return useMemo(
    () => derive(annotations, author, codebook),
    [derive, annotations, author, codebook],
  );
}
