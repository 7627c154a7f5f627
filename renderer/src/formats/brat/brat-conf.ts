/** The `annotation.conf` of a brat export: the types, relations and attributes it uses. */

/** What the `.ann` files of an export use, collected while writing them. */
export interface BratSchema {
  entities: Set<string>;
  relations: Set<string>;
  /** Attribute name → the values written (empty for flags). */
  attributes: Map<string, Set<string>>;
}

/** Writes `annotation.conf`, every name already brat-safe (see `bratName`). */
export function buildAnnotationConf(schema: BratSchema): string {
  const sorted = (s: Iterable<string>): string[] => [...s].sort();
  const lines = ['[entities]', ...sorted(schema.entities), '', '[relations]'];
  for (const r of sorted(schema.relations)) lines.push(`${r}\tArg1:<ENTITY>, Arg2:<ENTITY>`);
  // Without this line brat refuses overlapping entity spans, which analysts make all the time.
  lines.push('<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>', '', '[events]', '');
  lines.push('[attributes]');
  for (const name of sorted(schema.attributes.keys())) {
    const values = sorted(schema.attributes.get(name) ?? []);
    lines.push(`${name}\tArg:<ENTITY>${values.length ? `, Value:${values.join('|')}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
