/**
 * The reader's highlight: a MarkNode of type `sm-annotation` carrying annotation ids only
 * (the records live in Dexie). Overlapping annotations are flat segments whose node
 * carries every id covering it, so each segment can show all its labels.
 */
import { MarkNode } from '@lexical/mark';
import type { EditorConfig, LexicalNode } from 'lexical';
import { decorateMarkElement, type MarkDecorator } from './mark-style';

/** The editor theme key under which the reader hands its decorator to the marks. */
export const MARK_DECORATOR_THEME_KEY = 'smMarkDecorator';

function decoratorOf(config: EditorConfig): MarkDecorator | undefined {
  return (config.theme as Record<string, unknown>)[MARK_DECORATOR_THEME_KEY] as
    MarkDecorator | undefined;
}

/** A highlight segment covering the annotations `ids` (outer ones first). */
export class AnnotationMarkNode extends MarkNode {
  override $config() {
    return this.config('sm-annotation', { extends: MarkNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    decorateMarkElement(element, this.getIDs(), decoratorOf(config));
    return element;
  }

  override updateDOM(previous: this, element: HTMLElement, config: EditorConfig): boolean {
    super.updateDOM(previous, element, config);
    const ids = this.getIDs();
    if (ids.join(' ') !== previous.getIDs().join(' ')) {
      decorateMarkElement(element, ids, decoratorOf(config));
    }
    return false;
  }
}

/** A new mark for the annotations `ids`. */
export function $createAnnotationMarkNode(ids: readonly string[]): AnnotationMarkNode {
  return new AnnotationMarkNode(ids);
}

export function $isAnnotationMarkNode(node: LexicalNode | null): node is AnnotationMarkNode {
  return node instanceof AnnotationMarkNode;
}
