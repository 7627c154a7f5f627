/**
 * A block of consecutive lines of the editor's article (type `sm-block`): the root holds
 * about a hundred blocks instead of thousands of paragraphs, so the browser's per-frame
 * visibility checks and hit-testing, and Lexical's reconcile of the root, touch ~100 nodes.
 * The block carries no meaning, only an estimate of its height for the scrollbar while it
 * is off screen (`content-visibility: auto`); its paragraphs are the lines, as before.
 */
import { $getState, $setState, createState, ElementNode, type LexicalNode } from 'lexical';

/** Estimated rendered rows of the block's lines (a line wraps every ~70 characters). */
const rowsState = createState('rows', {
  parse: (value) => (typeof value === 'number' && value >= 0 ? value : 0),
});

/** Line height of the editor's text (`.editor-surface .article-text`), in em. */
const ROW_HEIGHT_EM = 1.8;

function applyRows(element: HTMLElement, rows: number): void {
  // Through the CSSOM: the CSP refuses inline style attributes. `auto` keeps the real size
  // once the block has been rendered; the estimate only sizes blocks never shown yet.
  element.style.containIntrinsicSize = `auto ${Math.max(1, rows) * ROW_HEIGHT_EM}em`;
}

/** A run of consecutive paragraphs, rendered as `<div class="article-block">`. */
export class ArticleBlockNode extends ElementNode {
  override $config() {
    return this.config('sm-block', {
      extends: ElementNode,
      stateConfigs: [{ flat: true, stateConfig: rowsState }],
    });
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'article-block';
    applyRows(element, $getState(this, rowsState));
    return element;
  }

  override updateDOM(previous: this, element: HTMLElement): boolean {
    const rows = $getState(this, rowsState);
    if (rows !== $getState(previous, rowsState)) applyRows(element, rows);
    return false;
  }

  /** The estimated rows of the block's lines, for its height while off screen. */
  getRows(): number {
    return $getState(this, rowsState);
  }

  /** Sets the estimated rows of the block's lines. */
  setRows(rows: number): this {
    return $setState(this, rowsState, rows);
  }
}

/** A new, empty block. */
export function $createArticleBlockNode(): ArticleBlockNode {
  return new ArticleBlockNode();
}

export function $isArticleBlockNode(
  node: LexicalNode | null | undefined,
): node is ArticleBlockNode {
  return node instanceof ArticleBlockNode;
}
