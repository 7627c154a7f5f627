/**
 * CoNLL IOB2 export of entity mentions: one `token<TAB>tag` a line, a blank line between
 * sentences, `-DOCSTART-` before each article. IOB2 holds one non-overlapping span per
 * token and nothing else: overlaps (the later span loses), relations, notes, attributes and
 * document-level annotations are dropped and counted.
 */
import type { SpanAnnotation } from '../../annotation/types';
import {
  hasAttributes,
  hasLinks,
  createSpanLossCounter,
  spanAnnotationsOf,
  type ExportInput,
  type ExportResult,
} from '../shared/export-input';
import type { LossCounter } from '../shared/lossiness';
import { tokenizeSentences } from './tokenize';

/** Entity types: the codebook's CoNLL-2003 strings (others dropped), or every label as is. */
export type ConllTypes = 'conll' | 'label';

/**
 * Writes all articles as one CoNLL file. The text is written whatever the tags: a set with
 * no entity gives a file of `O` tags, and `written` is then 0, the losses saying why.
 */
export function exportConll(input: ExportInput, types: ConllTypes = 'conll'): ExportResult<string> {
  const loss = createSpanLossCounter(input);
  const lines: string[] = [];
  let written = 0;
  for (const article of input.articles) {
    const spans = spanAnnotationsOf(input, article.id);
    const sentences = tokenizeSentences(article.text);
    const { tags, written: placed } = tagTokens(input, spans, sentences.flat(), types, loss);
    written += placed;
    lines.push('-DOCSTART-\tO', '');
    let k = 0;
    for (const sentence of sentences) {
      sentence.forEach((token, i) => {
        const tag = tags[k++] ?? 'O';
        // A span crossing a sentence break reopens with B- so each sentence is valid IOB2.
        lines.push(`${token.text}\t${i === 0 && tag.startsWith('I-') ? `B-${tag.slice(2)}` : tag}`);
      });
      lines.push('');
    }
  }
  return { output: lines.map((l) => `${l}\n`).join(''), lossiness: loss.report(), written };
}

/** The tag of every token, and how many spans got tags (the rest are counted in `loss`). */
function tagTokens(
  input: ExportInput,
  spans: SpanAnnotation[],
  tokens: { start: number; end: number }[],
  types: ConllTypes,
  loss: LossCounter,
): { tags: string[]; written: number } {
  const tags = tokens.map(() => 'O');
  let written = 0;
  for (const a of spans) {
    const label = input.labelOf(a.itemId);
    const type = types === 'conll' ? label.externalLabels?.conll : label.label.replace(/\s+/g, '_');
    if (!type) {
      loss.add('non-entity labels');
      continue;
    }
    // Tokens the span touches: a span cut inside a word still tags the whole word.
    const covered = touchedTokens(tokens, a.span.start, a.span.end);
    if (!covered.length) {
      loss.add('spans without a token');
    } else if (covered.some((i) => tags[i] !== 'O')) {
      loss.add('overlapping spans');
    } else {
      covered.forEach((i, n) => (tags[i] = `${n === 0 ? 'B' : 'I'}-${type}`));
      written += 1;
      // Tags name whole tokens: a span cut inside a word comes back as the whole word.
      if (
        tokens[covered[0]!]!.start !== a.span.start ||
        tokens[covered.at(-1)!]!.end !== a.span.end
      )
        loss.add('span edges inside a word (read back as whole words)');
      // What a written span carries beyond its type; a dropped span's is counted with it.
      if (hasLinks(a)) loss.add('relations');
      if (a.note) loss.add('notes');
      if (hasAttributes(a.attributes)) loss.add('attributes');
    }
  }
  return { tags, written };
}

/**
 * Indices of the tokens that share a character with `[start, end)`. Tokens come in text order
 * and never overlap, so those are one run found by binary search: scanning every token for
 * every span cost seconds on 1,000 articles of 100 spans.
 */
function touchedTokens(tokens: { start: number; end: number }[], start: number, end: number) {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.end > start) high = middle;
    else low = middle + 1;
  }
  const covered: number[] = [];
  for (let i = low; i < tokens.length && tokens[i]!.start < end; i++) covered.push(i);
  return covered;
}
