/**
 * The text layer of a PDF (unpdf, a serverless build of PDF.js: no worker, no canvas, no
 * script execution), laid out in paragraphs.
 *
 * PDF.js gives positioned runs of text. Runs on one baseline make a line; a vertical gap
 * between lines larger than 1.6 times the line height, or a page break, starts a
 * paragraph; other lines of a paragraph are joined with a space (or nothing after a
 * hyphen, which is kept: it may be a real one).
 */
import { MAX_ARTICLE_CHARS, MAX_PDF_PAGES } from '../limits';
import { checkDeadline, DeadlineExceeded, type DocumentExtraction } from './document-text';

interface TextRun {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

const PARAGRAPH_GAP = 1.6;

function isTextRun(item: unknown): item is TextRun {
  return typeof (item as TextRun).str === 'string' && Array.isArray((item as TextRun).transform);
}

function joinLine(paragraph: string, line: string): string {
  if (paragraph === '') return line;
  return paragraph.endsWith('-') ? paragraph + line : `${paragraph} ${line}`;
}

/** The paragraphs of one page from its text runs, in content-stream order. */
export function layOutPage(items: readonly unknown[]): string[] {
  const paragraphs: string[] = [];
  let paragraph = '';
  let line = '';
  let lineY: number | undefined;
  let lastLineY: number | undefined;
  let height = 0;
  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (text === '') return;
    const gap = lastLineY !== undefined && lineY !== undefined ? Math.abs(lastLineY - lineY) : 0;
    if (paragraph !== '' && gap > PARAGRAPH_GAP * (height || 12)) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
    paragraph = joinLine(paragraph, text);
    lastLineY = lineY;
  };
  for (const item of items) {
    if (!isTextRun(item)) continue;
    const y = item.transform[5] ?? 0;
    if (lineY !== undefined && Math.abs(y - lineY) > Math.max(1, item.height / 2)) endLine();
    lineY = y;
    if (item.height > 0) height = item.height;
    line += item.str;
    if (item.hasEOL) endLine();
  }
  endLine();
  if (paragraph !== '') paragraphs.push(paragraph);
  return paragraphs;
}

function errorName(error: unknown): string {
  return (error as { name?: unknown } | null)?.name === undefined
    ? ''
    : String((error as { name: unknown }).name);
}

function info(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Extracts the text layer of the PDF in `bytes`, page by page, until `deadline`
 * (`Date.now()` milliseconds), at most `MAX_PDF_PAGES` pages and `MAX_ARTICLE_CHARS`.
 * Answers `encrypted` for a PDF that needs a password, `corrupt` for one PDF.js cannot
 * parse, `no-text-layer` when the pages hold no text (a scan), `too-long` past the text
 * limit (reading stops there) and `too-slow` past the deadline. Never throws.
 */
export async function pdfToText(bytes: Uint8Array, deadline: number): Promise<DocumentExtraction> {
  const { getDocumentProxy } = await import('unpdf');
  let document: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // PDF.js takes ownership of (and may detach) the buffer it is given: pass a copy.
    document = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      stopAtErrors: false,
    });
    const metadata = await document.getMetadata().catch(() => undefined);
    const properties = (metadata?.info ?? {}) as Record<string, unknown>;
    const pages: string[] = [];
    let chars = 0;
    for (let number = 1; number <= Math.min(document.numPages, MAX_PDF_PAGES); number++) {
      checkDeadline(deadline);
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const paragraphs = layOutPage(content.items);
      page.cleanup();
      const text = paragraphs.join('\n\n');
      chars += text.length;
      if (chars > MAX_ARTICLE_CHARS) return { kind: 'too-long', chars, isAtLeast: true };
      if (text !== '') pages.push(text);
    }
    if (pages.join('').trim() === '') return { kind: 'no-text-layer' };
    const author = info(properties.Author);
    const extraction: DocumentExtraction = {
      kind: 'text',
      text: pages.join('\n\n'),
      authors: author ? [author] : [],
    };
    const title = info(properties.Title);
    if (title) extraction.title = title;
    const date = info(properties.CreationDate) ?? info(properties.ModDate);
    if (date) extraction.date = date;
    const language = info(properties.Language);
    if (language) extraction.language = language;
    return extraction;
  } catch (error) {
    if (error instanceof DeadlineExceeded) return { kind: 'too-slow' };
    const name = errorName(error);
    if (name === 'PasswordException') return { kind: 'encrypted' };
    if (name === 'InvalidPDFException') {
      return { kind: 'corrupt', why: 'it is not a valid PDF (damaged or truncated)' };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'corrupt', why: `the PDF is damaged (${detail.slice(0, 120)})` };
  } finally {
    await document?.destroy().catch(() => undefined);
  }
}
