/**
 * The lines of a CoNLL file as documents, sentences and tagged tokens, in each variant met
 * in practice: Sourcemark's own `token<TAB>tag` with `-DOCSTART-<TAB>O`, and CoNLL-2003's
 * `token POS chunk tag` separated by spaces with `-DOCSTART- -X- -X- O`. Every variant puts
 * the token first and the entity tag last. A document starts at each `-DOCSTART-` (the whole
 * file is one when there is none), a sentence at each blank line.
 */
import { normaliseText } from '../../text/normal-form';

/** A token, its tag, and its line (from 1) in the file. */
export interface ConllToken {
  text: string;
  tag: string;
  line: number;
}

/** A document: its sentences, each a non-empty list of tokens. */
export interface ConllDocument {
  sentences: ConllToken[][];
}

/** A line whose tag could not be read; its token is kept, outside any entity. */
export interface ConllLineProblem {
  line: number;
  reason: string;
}

/** A parsed file. */
export interface ConllLines {
  documents: ConllDocument[];
  problems: ConllLineProblem[];
}

/** An entity tag: `O`, or a prefix (IOB2, IOB1, IOBES) and a type. */
export const TAG = /^(?:O|[BIES]-\S+)$/;

const DOCSTART = '-DOCSTART-';

/**
 * Parses `content`, put in Sourcemark's normal form first (NFC, `\n`): the library's texts
 * are in it, and CoNLL states no offsets that normalising could shift.
 */
export function parseConllLines(content: string): ConllLines {
  const documents: ConllDocument[] = [];
  const problems: ConllLineProblem[] = [];
  let sentences: ConllToken[][] = [];
  let sentence: ConllToken[] = [];
  const endSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length) documents.push({ sentences });
    sentences = [];
  };
  normaliseText(content)
    .split('\n')
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '') return endSentence();
      const columns = raw.includes('\t')
        ? raw.split('\t').map((c) => c.trim())
        : raw.trim().split(/\s+/);
      while (columns.length > 1 && columns[columns.length - 1] === '') columns.pop();
      const token = columns[0]!;
      const tag = columns[columns.length - 1]!;
      if (token === DOCSTART) return endDocument();
      if (token === '') {
        problems.push({ line, reason: 'the line has no token in its first column; skipped' });
        return;
      }
      // A comment (`# text = …`, as CoNLL-U writes): no tag in its last column.
      if (token.startsWith('#') && (columns.length === 1 || !TAG.test(tag))) return;
      if (columns.length < 2 || !TAG.test(tag)) {
        problems.push({
          line,
          reason:
            columns.length < 2
              ? `“${clip(token)}” has no tag column; read as outside any entity`
              : `tag “${clip(tag)}” is not O, B-TYPE or I-TYPE; its token is read as outside any entity`,
        });
        sentence.push({ text: token, tag: 'O', line });
        return;
      }
      sentence.push({ text: token, tag, line });
    });
  endDocument();
  return { documents, problems };
}

/**
 * Whether `content` reads as CoNLL: most of its first 200 non-blank lines end in a tag.
 * For `.txt` and `.tsv` files, which are CoNLL only sometimes.
 */
export function looksLikeConll(content: string): boolean {
  const lines = content
    .slice(0, 64 * 1024)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 200);
  if (lines.length === 0) return false;
  const tagged = lines.filter((l) => {
    const columns = l.trim().split(/\s+/);
    return columns.length >= 2 && TAG.test(columns[columns.length - 1]!);
  });
  return tagged.length / lines.length >= 0.9;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
