/**
 * One spelling for a stored row, so a digest of the rows read from the database equals the
 * digest of the same rows read back from a backup file: object keys sorted at every level,
 * `undefined` members left out and `undefined` array items written `null` (as JSON does),
 * dates and other `toJSON` values as they serialise, typed arrays as arrays of numbers.
 * Hand-written because the stable-stringify packages are not installed; it is JSON.stringify
 * plus sorting, nothing more.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number')
    return Number.isFinite(value) ? JSON.stringify(value) : `"${value}"`;
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'bigint') return `"${value}n"`;
  if (typeof value !== 'object') return 'null';
  if (ArrayBuffer.isView(value))
    return canonicalJson(
      Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)),
    );
  if (value instanceof ArrayBuffer) return canonicalJson(new Uint8Array(value));
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return canonicalJson(withJson.toJSON());
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}
