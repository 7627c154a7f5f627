/**
 * Entity spans from a sentence's tags, read as conlleval and seqeval read them: `B-X` (or
 * `S-X`) opens an entity, `I-X` (or `E-X`) continues one of type X, and an `I-X` that
 * continues nothing (after `O`, at a sentence start, after another type) opens one.
 *
 * That last case is the scheme's business. CoNLL-2003 as distributed is IOB1, where `I-X`
 * opens every entity and `B-X` appears only between two adjacent entities of one type: there
 * it is the rule, and nothing is repaired. In IOB2 (what Sourcemark and most tools write)
 * every entity opens with `B-`, so such an `I-X` is a broken sequence: it is read as `B-X`
 * (what the evaluation scripts do, and almost always what was meant: the entity's words
 * are tagged, only its first tag is wrong) and reported on the span, rather than refused,
 * which would drop a tagged entity over one letter.
 */
import type { ConllToken } from './conll-lines';

/** The tagging scheme of a file. */
export type IobScheme = 'IOB2' | 'IOB1';

/** An entity: its type and its first and last token (indices in the sentence). */
export interface IobSpan {
  type: string;
  first: number;
  last: number;
  /** How its opening tag was repaired (IOB2 only), for the report. */
  repaired?: string;
}

/**
 * IOB1 when entities open with `I-` and no `B-` opens one where IOB1 would not need it (after
 * `O`, at a sentence start, after another type); IOB2 otherwise, including files that never
 * say (only `O`, or only `B-`).
 */
export function iobScheme(sentences: Iterable<readonly ConllToken[]>): IobScheme {
  let opensWithI = false;
  for (const sentence of sentences) {
    let previous = 'O';
    for (const { tag } of sentence) {
      const prefix = tag[0];
      const type = tag.slice(2);
      if ((prefix === 'B' || prefix === 'S') && typeOf(previous) !== type) return 'IOB2';
      if ((prefix === 'I' || prefix === 'E') && !continues(previous, type)) opensWithI = true;
      previous = tag;
    }
  }
  return opensWithI ? 'IOB1' : 'IOB2';
}

/** The entities of one sentence, in order. */
export function iobSpans(sentence: readonly ConllToken[], scheme: IobScheme): IobSpan[] {
  const spans: IobSpan[] = [];
  let open: IobSpan | undefined;
  let previous = 'O';
  sentence.forEach(({ tag }, i) => {
    const prefix = tag[0];
    const type = tag.slice(2);
    if (prefix === 'O') {
      open = undefined;
    } else if ((prefix === 'I' || prefix === 'E') && open && continues(previous, type)) {
      open.last = i;
    } else {
      open = { type, first: i, last: i };
      if ((prefix === 'I' || prefix === 'E') && scheme === 'IOB2') {
        const where = i === 0 ? 'at the start of a sentence' : `after ${previous}`;
        open.repaired = `${tag} ${where} read as ${prefix === 'I' ? 'B' : 'S'}-${type}`;
      }
      spans.push(open);
    }
    // An entity's last tag (E-, S-) closes it: what follows opens a new one.
    if (prefix === 'E' || prefix === 'S') open = undefined;
    previous = prefix === 'E' || prefix === 'S' ? 'O' : tag;
  });
  return spans;
}

/** Whether a tag of `type` after `previous` continues the same entity. */
function continues(previous: string, type: string): boolean {
  return previous !== 'O' && typeOf(previous) === type;
}

function typeOf(tag: string): string | undefined {
  return tag === 'O' ? undefined : tag.slice(2);
}
