/**
 * Runs in the page (`page.evaluate(emptyActiveWorkspace)`): every row of every table of the
 * active workspace database cleared, in one transaction, as on a new machine. Shared by the
 * restore crash test and the backup benchmark, which restore into such a workspace.
 */
export async function emptyActiveWorkspace(): Promise<void> {
  const name = localStorage.getItem('sourcemark.activeDatabase') ?? 'sourcemark';
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const stores = Array.from(database.objectStoreNames);
  await new Promise<void>((resolve, reject) => {
    const tx = database.transaction(stores, 'readwrite');
    for (const store of stores) tx.objectStore(store).clear();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  database.close();
}
