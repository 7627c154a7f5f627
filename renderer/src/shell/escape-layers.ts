/**
 * Escape in layers. A screen (the reader, the codebook editor) closes on Escape, but only
 * once nothing it has open wants the key: a modal dialog, a pending label key, a focused
 * annotation. Separate window listeners cannot express that, since they run in the order
 * they were added, which follows mounting, not nesting. So every part that Escape can
 * dismiss registers a layer at a depth, one listener offers each Escape to the deepest
 * layers first, and the first that uses it ends it.
 */

/** How deep a layer sits: a screen, or something open on a screen. */
export type EscapeDepth = 'screen' | 'tool';

/** What the dispatcher reads of a keydown event. */
export interface EscapeEvent {
  key: string;
  target: EventTarget | null;
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** Uses an Escape (answers true) or lets it through to the layers below (false). */
export type EscapeHandler = (event: EscapeEvent) => boolean;

const ORDER: Record<EscapeDepth, number> = { screen: 0, tool: 1 };

/** The registered layers and the dispatch of one Escape through them. */
export class EscapeLayers {
  private layers: { depth: EscapeDepth; handler: EscapeHandler }[] = [];

  /**
   * @param isModalOpen whether a modal dialog is open: the browser turns Escape into that
   *   dialog's `cancel`, so no layer beneath it may use the key as well.
   */
  constructor(private readonly isModalOpen: () => boolean) {}

  /** Adds a layer; answers the function that removes it. */
  add(depth: EscapeDepth, handler: EscapeHandler): () => void {
    const layer = { depth, handler };
    this.layers.push(layer);
    return () => {
      this.layers = this.layers.filter((entry) => entry !== layer);
    };
  }

  get size(): number {
    return this.layers.length;
  }

  /**
   * Offers an Escape to the layers, deepest first (the latest added first among equals),
   * and marks it handled when one uses it. An Escape a control already used
   * (`preventDefault`) or a modal dialog will take reaches no layer.
   */
  dispatch(event: EscapeEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || this.isModalOpen()) return;
    const ordered = this.layers
      .map((layer, index) => ({ layer, index }))
      .sort((a, b) => ORDER[b.layer.depth] - ORDER[a.layer.depth] || b.index - a.index);
    for (const { layer } of ordered) {
      if (layer.handler(event)) {
        event.preventDefault();
        return;
      }
    }
  }
}
