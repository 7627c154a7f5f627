/**
 * Lays out text extracted from markup: words joined by single spaces, blocks on their own
 * lines, paragraphs separated by one blank line. Breaks and spaces are kept pending and
 * only written before the next text, so no line starts or ends with layout whitespace and
 * the result has no leading or trailing blank lines.
 */

// HTML's inter-element whitespace: space, tab, LF, FF, CR. Not U+00A0, which is content.
const HTML_SPACE = /[ \t\n\f\r]+/g;

/** Accumulates text and layout breaks; `toString` gives the laid-out text. */
export class LineBuilder {
  private readonly parts: string[] = [];
  private hasText = false;
  private isLineEmpty = true;
  private pendingBreaks = 0;
  private pendingGap: '' | ' ' | '\t' = '';

  /** Adds flowing text: runs of HTML whitespace become one space, at the edges too. */
  text(data: string): void {
    const collapsed = data.replace(HTML_SPACE, ' ');
    const core = collapsed.replace(/^ | $/g, '');
    if (collapsed.startsWith(' ') && this.pendingGap === '') this.pendingGap = ' ';
    if (core === '') return;
    this.flush();
    this.parts.push(core);
    this.isLineEmpty = false;
    if (collapsed.endsWith(' ')) this.pendingGap = ' ';
  }

  /** Adds preformatted text as it is: its spaces and line breaks are content. */
  preformatted(data: string): void {
    if (data === '') return;
    this.flush();
    this.parts.push(data);
    this.isLineEmpty = data.endsWith('\n');
  }

  /** Ends the line (`count` 1) or the paragraph (`count` 2) before the next text. */
  lineBreak(count: 1 | 2): void {
    if (!this.hasText) return;
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
    this.pendingGap = '';
  }

  /** A `<br>`: one more line break, so two in a row leave a blank line (never more). */
  hardBreak(): void {
    if (!this.hasText) return;
    this.pendingBreaks = Math.min(2, this.pendingBreaks + 1);
    this.pendingGap = '';
  }

  /** Separates table cells on one line with a tab. */
  cell(): void {
    if (!this.isLineEmpty && this.pendingBreaks === 0) this.pendingGap = '\t';
  }

  private flush(): void {
    if (this.hasText && this.pendingBreaks > 0) {
      this.parts.push('\n'.repeat(this.pendingBreaks));
    } else if (this.pendingGap !== '' && !this.isLineEmpty) {
      this.parts.push(this.pendingGap);
    }
    this.pendingBreaks = 0;
    this.pendingGap = '';
    this.hasText = true;
  }

  /** The laid-out text, with runs of blank lines (preformatted ones too) cut to one. */
  toString(): string {
    return this.parts
      .join('')
      .replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n')
      .replace(/^\n+|\n+$/g, '');
  }
}
