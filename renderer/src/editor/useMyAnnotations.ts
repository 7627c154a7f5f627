import { useMemo, useState } from 'react';
import type { Annotation, AuthorId } from '../annotation/types';
import { createMyAnnotationsDerivation, type MyAnnotations } from './my-annotations';

/**
 * This analyst's annotations on the article, as the workspace shows them; after a change of
 * a few rows, only those are put in place (see `createMyAnnotationsDerivation`).
 */
export function useMyAnnotations(
  annotations: readonly Annotation[],
  author: AuthorId,
): MyAnnotations {
  const [derive] = useState(createMyAnnotationsDerivation);
  return useMemo(() => derive(annotations, author), [derive, annotations, author]);
}
