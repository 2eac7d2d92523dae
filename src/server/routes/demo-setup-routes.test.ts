/**
 * The setup page's demo option: on an empty installation it creates the demo agency in the background and reports its
 * progress; afterwards, or once anything exists, it refuses. The whole small demo runs on SQLite (the demo's writes are
 * proven on both databases by the demo's own tests); the refusals run on both.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

const databases = await testDatabases();

for (const database of databases) {
  describe(`the demo setup on ${database.dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(database);
    });
    afterEach(async () => t.close());

    it('given an organization, when a demo is asked for, then it is refused and nothing is created', async () => {
      await t.setup();
      const answer = await t.request('POST', '/api/setup/demo', { body: { email: 'demo@example.test', password: TEST_PASSWORD } });
      expect(answer.statusCode).toBe(409);
      expect(answer.json().error.code).toBe('SETUP_ALREADY_DONE');
      expect((await t.request('GET', '/api/setup/demo')).json()).toMatchObject({ state: 'idle' });
      expect(await t.store.db.selectFrom('organizations').select('name').execute()).toEqual([{ name: 'Acme Realty' }]);
    });

    it('given a short password or an unknown size, then the field is named and nothing starts', async () => {
      const short = await t.request('POST', '/api/setup/demo', { body: { email: 'demo@example.test', password: 'short' } });
      expect(short.statusCode).toBe(400);
      expect(short.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'password' });
      const size = await t.request('POST', '/api/setup/demo', { body: { email: 'demo@example.test', password: TEST_PASSWORD, size: 'huge' } });
      expect(size.statusCode).toBe(400);
      expect(size.json().error).toMatchObject({ field: 'size' });
      expect((await t.request('GET', '/api/setup/demo')).json()).toMatchObject({ state: 'idle' });
      expect((await t.request('GET', '/api/setup')).json()).toEqual({ needed: true });
    });
  });
}

const sqlite = databases.find((database) => database.dialect === 'sqlite')!;

describe('the small demo from the setup page', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(sqlite);
  });
  afterEach(async () => t.close());

  it('given an empty installation, when the small demo is asked for, then it reports progress, refuses a second one, and its owner signs in to the demo agency', async () => {
    const started = await t.request('POST', '/api/setup/demo', { body: { email: 'demo.owner@example.test', password: TEST_PASSWORD, size: 'small' } });
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ state: 'running', email: 'demo.owner@example.test' });
    const second = await t.request('POST', '/api/setup/demo', { body: { email: 'other@example.test', password: TEST_PASSWORD } });
    expect(second.json().error.code).toBe('SETUP_ALREADY_DONE');

    let status = started.json();
    const seen = new Set<number>();
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = (await t.request('GET', '/api/setup/demo')).json();
      seen.add(status.done);
    }
    expect(status).toMatchObject({ state: 'done', error: null });
    expect(status.done).toBe(status.total);
    expect(status.events).toBeGreaterThan(10_000);
    expect(seen.size).toBeGreaterThan(1);

    const owner = await t.login('demo.owner@example.test');
    expect(owner.session).toMatchObject({ role: 'owner', organization: { name: 'Demo Agency' } });
    const teams = (await t.request('GET', '/api/teams', { as: owner })).json();
    expect(teams.teams.length).toBeGreaterThanOrEqual(2);
    expect((await t.request('GET', '/api/setup')).json()).toEqual({ needed: false });
  }, 120_000);
});
