/** A query compiled once per dialect runs again with each call's arguments, keeping the query's own constants. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../../tests/support/test-databases.ts';
import { compileOnce } from './compile-once.ts';
import type { Store } from './connection.ts';

const findSetting = compileOnce((db, key: string) => db.selectFrom('settings').select(['key', 'value']).where('key', '=', key).where('value', '!=', 'hidden'));
const writeSetting = compileOnce((db, key: string, value: string) => db.insertInto('settings').values({ key, value }));

for (const database of await testDatabases()) {
  describe(`compileOnce on ${database.dialect}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await (database as TestDatabase).create());
    });
    afterAll(async () => dispose());

    it('given two calls with different arguments, then each runs with its own, inside a transaction too', async () => {
      await writeSetting(store.db, 'a', 'first');
      await store.db.transaction().execute((trx) => writeSetting(trx, 'b', 'second'));
      await writeSetting(store.db, 'c', 'hidden');
      expect((await findSetting(store.db, 'a')).rows).toEqual([{ key: 'a', value: 'first' }]);
      expect((await findSetting(store.db, 'b')).rows).toEqual([{ key: 'b', value: 'second' }]);
      // The query's own constant ('hidden') stays in place.
      expect((await findSetting(store.db, 'c')).rows).toEqual([]);
    });

    it('given an argument that does not become a parameter, then it says so instead of running the wrong query', async () => {
      const ignoresItsArgument = compileOnce((db, _key: string) => db.selectFrom('settings').select('key'));
      await expect(ignoresItsArgument(store.db, 'a')).rejects.toThrow('an argument did not become a parameter');
    });
  });
}
