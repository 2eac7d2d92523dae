/** A query compiled once per dialect and list lengths runs again with each call's lists and values, keeping its own constants. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../../tests/support/test-databases.ts';
import { compilePerLength } from './compile-per-length.ts';
import type { Store } from './connection.ts';

const findSettings = compilePerLength((db, keys: string[], value: string) =>
  db.selectFrom('settings').select(['key', 'value']).where('key', 'in', keys).where('value', '!=', value).where('value', '!=', 'hidden').orderBy('key'),
);

for (const database of await testDatabases()) {
  describe(`compilePerLength on ${database.dialect}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await (database as TestDatabase).create());
      await store.db
        .insertInto('settings')
        .values([
          { key: 'a', value: 'first' },
          { key: 'b', value: 'second' },
          { key: 'c', value: 'hidden' },
          { key: 'd', value: 'fourth' },
        ])
        .execute();
    });
    afterAll(async () => dispose());

    it('given lists of the same and of other lengths, then each call runs with its own items and values, inside a transaction too', async () => {
      expect((await findSettings(store.db, ['a'], 'none')).rows).toEqual([{ key: 'a', value: 'first' }]);
      expect((await findSettings(store.db, ['b'], 'none')).rows).toEqual([{ key: 'b', value: 'second' }]);
      expect((await findSettings(store.db, ['a', 'b', 'd'], 'second')).rows).toEqual([
        { key: 'a', value: 'first' },
        { key: 'd', value: 'fourth' },
      ]);
      expect((await store.db.transaction().execute((trx) => findSettings(trx, ['d', 'a'], 'none'))).rows).toEqual([
        { key: 'a', value: 'first' },
        { key: 'd', value: 'fourth' },
      ]);
      // The query's own constant ('hidden') stays in place.
      expect((await findSettings(store.db, ['c', 'a'], 'none')).rows).toEqual([{ key: 'a', value: 'first' }]);
    });

    it('given an argument that does not become a parameter, or an empty list, then it says so instead of running the wrong query', async () => {
      const ignoresItsValue = compilePerLength((db, keys: string[], _value: string) => db.selectFrom('settings').select('key').where('key', 'in', keys));
      await expect(ignoresItsValue(store.db, ['a'], 'x')).rejects.toThrow('an argument did not become a parameter');
      await expect(findSettings(store.db, [], 'x')).rejects.toThrow('a list argument is empty');
    });
  });
}
