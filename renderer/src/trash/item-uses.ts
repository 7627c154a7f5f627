/**
 * How many annotations use a codebook item. Codebook items are never removed: "deleting"
 * one is retiring it (`codebook/codebook-edits.ts`), which hides it from the palette while
 * every annotation that names it keeps resolving its label, and bringing it back undoes
 * that. Removing an item from the codebook would leave those annotations with a label no
 * version defines; the count tells the analyst what retiring keeps.
 */
import { db } from '../db/db';
import { packedAnnotations } from '../store/annotation-storage';

/** Annotations with `itemId`, in rows (by index) and in imported packs (read pack by pack). */
export async function countItemUses(itemId: string): Promise<number> {
  const rows = await db.annotations.where('itemId').equals(itemId).count();
  let packed = 0;
  await db.annotationPacks.each((pack) => {
    for (const annotation of packedAnnotations(pack)) if (annotation.itemId === itemId) packed += 1;
  });
  return rows + packed;
}
