/** Narrowing parsed JSON, for the importers that read it (doccano, Label Studio, W3C). */

/** Whether `value` is a JSON object: not null and not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
