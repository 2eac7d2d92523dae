/** Opens the configured store, migrated, for a command that administers this machine's data, and closes it afterwards. */
import { readConfig } from '../server/config.ts';
import { openStore, type Store } from '../store/connection.ts';
import { migrateToLatest } from '../store/migrate-to-latest.ts';

export async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(readConfig());
  try {
    await migrateToLatest(store);
    return await work(store);
  } finally {
    await store.close();
  }
}
