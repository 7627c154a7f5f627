/**
 * Attribute names and values read from a file, checked before they reach an annotation.
 * A value must be what the model holds (text, true/false, or a list of texts): a number
 * passed through once broke the brat export ("name.replace is not a function"). A name is
 * any text but `__proto__`, which an ordinary object cannot hold as a key (assigning it
 * replaces the object's prototype instead). Names like `constructor` or `toString` are kept
 * and looked up through a `Map`, so they never meet `Object.prototype`. What is refused is
 * answered with a reason, for the import report: never dropped silently.
 */
import type { AttributeValue } from '../../annotation/types';

/** Attributes read from one item, and what was dropped from them, one reason each. */
export interface CheckedAttributes {
  attributes: Record<string, AttributeValue>;
  dropped: string[];
}

/** Why `name` cannot be an attribute name, or `undefined` when it can. */
export function attributeNameProblem(name: string): string | undefined {
  if (name === '') return 'an attribute name is empty';
  if (name === '__proto__') return 'the attribute name "__proto__" is reserved';
  return undefined;
}

/** Why `value` cannot be an attribute value, or `undefined` when it can. */
export function attributeValueProblem(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return undefined;
  const shown = Array.isArray(value) ? 'a list holding more than texts' : describe(value);
  return `${shown} is not text, true/false or a list of texts`;
}

/**
 * The attributes of `entries` (name and value pairs, in file order) that are well formed,
 * the last well-formed value of a repeated name winning, and a reason for each one dropped.
 */
export function checkAttributes(entries: Iterable<[string, unknown]>): CheckedAttributes {
  const kept = new Map<string, AttributeValue>();
  const dropped: string[] = [];
  for (const [name, value] of entries) {
    const problem = attributeNameProblem(name) ?? attributeValueProblem(value);
    if (problem) {
      dropped.push(`attribute ${JSON.stringify(name.slice(0, 60))} dropped: ${problem}`);
    } else {
      kept.set(name, Array.isArray(value) ? [...(value as string[])] : (value as AttributeValue));
    }
  }
  // fromEntries defines own properties: safe whatever the names (`__proto__` is out anyway).
  return { attributes: Object.fromEntries(kept), dropped };
}

/**
 * The attributes of a JSON object from a file (W3C `sourcemark:attributes`): its own keys
 * only, checked one by one. Anything but an object is dropped whole, with a reason.
 */
export function checkAttributeObject(raw: unknown): CheckedAttributes {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { attributes: {}, dropped: [`attributes dropped: ${describe(raw)} is not an object`] };
  }
  // Object.keys lists an own "__proto__" key that JSON.parse made, so it is reported too.
  return checkAttributes(
    Object.keys(raw).map((key) => [key, (raw as Record<string, unknown>)[key]]),
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'no value';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
