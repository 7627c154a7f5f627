/**
 * How the app's JSON files spell their long lists (the native set's annotations, articles,
 * entities and comments; the W3C collection's items and sources): each item compact on a
 * line of its own, so a file stays greppable and a diff shows one changed item per line.
 * The streamed exports write the same bytes a piece at a time (`export/json-frame.ts`).
 */

/**
 * `values` at a member whose line is indented by `indent`: each item compact on a line of
 * its own, one level deeper, and the closing bracket back at `indent`; an empty list is
 * `[]`, as `JSON.stringify` writes it.
 */
export function oneItemALine(values: readonly unknown[], indent: string): string {
  if (values.length === 0) return '[]';
  const inner = `${indent}  `;
  return `[\n${values.map((value) => `${inner}${JSON.stringify(value)}`).join(',\n')}\n${indent}]`;
}
