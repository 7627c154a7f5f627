/**
 * Builds the reader's document from a stored text: one ParagraphNode per line, so paragraph
 * `i` is line `i` of the text and `paragraph-offsets.ts` maps it back to stored offsets.
 */
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';

/**
 * Replaces the root's children with one paragraph per line of `text` (`text.split('\n')`).
 * An empty line becomes an empty paragraph: Lexical removes empty text nodes, and an
 * empty paragraph still holds the line's place in the offset table. Must run in an update.
 */
export function $setArticleParagraphs(text: string): void {
  const root = $getRoot();
  root.clear();
  const paragraphs = text.split('\n').map((line) => {
    const paragraph = $createParagraphNode();
    if (line.length > 0) paragraph.append($createTextNode(line));
    return paragraph;
  });
  // One append of all children: one splice instead of one per line.
  root.append(...paragraphs);
}
