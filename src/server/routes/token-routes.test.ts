/** Personal API tokens: shown once, stored hashed, usable without CSRF, revocable. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

for (const database of await testDatabases()) {
  describe(`token routes on ${database.dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(database);
    });
    afterEach(async () => t.close());

    it('given a new token, then it authenticates writes without a CSRF token, is stored only as a hash, and dies when revoked', async () => {
      const owner = await t.setup();
      const created = await t.request('POST', '/api/tokens', { as: owner, body: { name: 'CRM sync' } });
      expect(created.statusCode).toBe(201);
      const { secret, token } = created.json();
      expect(secret).toMatch(/^swl_/);
      expect(token).toMatchObject({ name: 'CRM sync', prefix: secret.slice(0, 10), lastUsedAt: null });

      const stored = await t.store.db.selectFrom('api_tokens').select('token_hash').executeTakeFirstOrThrow();
      expect(stored.token_hash).not.toContain(secret);

      expect((await t.request('POST', '/api/teams', { bearer: secret, body: { name: 'Via token' } })).statusCode).toBe(201);
      const listed = (await t.request('GET', '/api/tokens', { as: owner })).json().tokens;
      expect(listed).toHaveLength(1);
      expect(listed[0].lastUsedAt).not.toBeNull();

      expect((await t.request('DELETE', `/api/tokens/${token.id}`, { as: owner })).statusCode).toBe(200);
      const refused = await t.request('GET', '/api/teams', { bearer: secret });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a malformed or unknown bearer token on member routes', async () => {
      await t.setup();
      expect((await t.request('GET', '/api/teams', { bearer: 'swl_not-a-real-token' })).statusCode).toBe(401);
      expect((await t.request('GET', '/api/teams', { headers: { authorization: 'Basic abc' } })).statusCode).toBe(401);
    });

    it("does not let one member revoke another's token", async () => {
      const owner = await t.setup();
      const va = await t.inviteAndAccept(owner, { email: 'va@acme.test', role: 'va' });
      const { token, secret } = (await t.request('POST', '/api/tokens', { as: va, body: { name: 'mine' } })).json();
      expect((await t.request('DELETE', `/api/tokens/${token.id}`, { as: owner })).statusCode).toBe(404);
      expect((await t.request('GET', '/api/session', { bearer: secret })).statusCode).toBe(200);
    });
  });
}
