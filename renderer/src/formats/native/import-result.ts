/** What happened to each item of an imported file (Hypothesis' ImportResult). */

/** Which list of the file an item came from. */
export type ItemSection = 'articles' | 'annotations' | 'entities';

/** The outcome for one item: imported, already seen in the same file, or refused. */
export type ImportItemResult =
  | { kind: 'imported'; section: ItemSection; index: number; id: string }
  | { kind: 'duplicate'; section: ItemSection; index: number; id: string }
  | { kind: 'error'; section: ItemSection; index: number; id?: string; reason: string };
