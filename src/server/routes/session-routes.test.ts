/** Setup, login, logout, CSRF, the login throttle and password change, on SQLite and PostgreSQL. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { MAX_FAILURES_PER_EMAIL } from '../use-cases/login-throttle.ts';

for (const database of await testDatabases()) {
  describe(`session routes on ${database.dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(database);
    });
    afterEach(async () => t.close());

    it('given an empty store, when setup runs, then it creates the owner once and refuses a second setup', async () => {
      expect((await t.request('GET', '/api/setup')).json()).toEqual({ needed: true });
      const owner = await t.setup();
      expect(owner.session).toMatchObject({ role: 'owner', organization: { name: 'Acme Realty' }, user: { email: 'owner@acme.test' } });
      expect((await t.request('GET', '/api/setup')).json()).toEqual({ needed: false });

      const again = await t.request('POST', '/api/setup', {
        body: { organizationName: 'Intruder', name: 'Eve', email: 'eve@evil.test', password: 'long enough password' },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('SETUP_ALREADY_DONE');
      const organizations = await t.store.db.selectFrom('organizations').select('name').execute();
      expect(organizations).toEqual([{ name: 'Acme Realty' }]);
    });

    it('given two setups at once, then exactly one succeeds', async () => {
      const body = (n: number) => ({ organizationName: `Org ${n}`, name: 'Owner', email: `owner${n}@race.test`, password: TEST_PASSWORD });
      const answers = await Promise.all([1, 2, 3].map((n) => t.request('POST', '/api/setup', { body: body(n) })));
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409, 409]);
      expect(await t.store.db.selectFrom('organizations').selectAll().execute()).toHaveLength(1);
    });

    it('given a short password at setup, then it names the field and stores nothing', async () => {
      const answer = await t.request('POST', '/api/setup', { body: { organizationName: 'A', name: 'B', email: 'b@b.test', password: 'short' } });
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'password', message: 'password must be at least 10 characters' });
      expect(await t.store.db.selectFrom('users').selectAll().execute()).toHaveLength(0);
    });

    it('stores the password as an argon2id hash, never as given', async () => {
      await t.setup();
      const user = await t.store.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
      expect(user.password_hash).not.toContain(TEST_PASSWORD);
    });

    it('sets an HttpOnly SameSite=Lax session cookie, not Secure on plain http', async () => {
      const answer = await t.request('POST', '/api/setup', {
        body: { organizationName: 'A', name: 'B', email: 'b@b.test', password: TEST_PASSWORD },
        // trustProxy is off by default, so a forged header does not count.
        headers: { 'x-forwarded-proto': 'https' },
      });
      const cookie = answer.cookies.find((candidate) => candidate.name === 'swimlane_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie.secure).toBeUndefined();
    });

    it('marks the session cookie Secure behind an https reverse proxy', async () => {
      const proxied = await createTestApp(database, { trustProxy: true });
      try {
        const answer = await proxied.request('POST', '/api/setup', {
          body: { organizationName: 'A', name: 'B', email: 'b@b.test', password: TEST_PASSWORD },
          headers: { 'x-forwarded-proto': 'https' },
        });
        const cookie = answer.cookies.find((candidate) => candidate.name === 'swimlane_session')!;
        expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
      } finally {
        await proxied.close();
      }
    });

    it('given a logged-in owner, when they log out, then the session no longer works', async () => {
      const owner = await t.setup();
      expect((await t.request('GET', '/api/session', { as: owner })).statusCode).toBe(200);
      expect((await t.request('POST', '/api/auth/logout', { as: owner })).statusCode).toBe(200);
      const after = await t.request('GET', '/api/session', { as: owner });
      expect(after.statusCode).toBe(401);
      expect(after.json().error.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a cookie-authenticated write without the CSRF token', async () => {
      const owner = await t.setup();
      const answer = await t.request('POST', '/api/teams', { as: owner, body: { name: 'X' }, headers: { 'x-csrf-token': 'forged' } });
      expect(answer.statusCode).toBe(403);
      expect(answer.json().error.code).toBe('CSRF_TOKEN_INVALID');
      expect(await t.store.db.selectFrom('teams').selectAll().execute()).toHaveLength(0);
      expect((await t.request('POST', '/api/teams', { as: owner, body: { name: 'X' } })).statusCode).toBe(201);
    });

    it('answers a wrong password with 401 and, after repeated failures, a clear 429 even for the right password', async () => {
      await t.setup();
      for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) {
        const answer = await t.request('POST', '/api/auth/login', { body: { email: 'owner@acme.test', password: 'wrong password' } });
        expect(answer.statusCode).toBe(401);
        expect(answer.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS', field: 'password' });
      }
      const locked = await t.request('POST', '/api/auth/login', { body: { email: 'owner@acme.test', password: TEST_PASSWORD } });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: 'Too many failed attempts: try again in 15 minutes.' });
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('answers an unknown email exactly like a wrong password', async () => {
      await t.setup();
      const answer = await t.request('POST', '/api/auth/login', { body: { email: 'nobody@acme.test', password: 'whatever it is' } });
      expect(answer.statusCode).toBe(401);
      expect(answer.json().error.code).toBe('INVALID_CREDENTIALS');
    });

    it('given a password change, then the old password fails, the new one works and other sessions end', async () => {
      const owner = await t.setup();
      const otherDevice = await t.login('owner@acme.test');
      const wrong = await t.request('POST', '/api/session/password', { as: owner, body: { currentPassword: 'not it at all', newPassword: 'a brand new password' } });
      expect(wrong.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS', field: 'currentPassword' });
      const changed = await t.request('POST', '/api/session/password', { as: owner, body: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' } });
      expect(changed.statusCode).toBe(200);
      expect((await t.request('GET', '/api/session', { as: owner })).statusCode).toBe(200);
      expect((await t.request('GET', '/api/session', { as: otherDevice })).statusCode).toBe(401);
      expect((await t.request('POST', '/api/auth/login', { body: { email: 'owner@acme.test', password: TEST_PASSWORD } })).statusCode).toBe(401);
      expect((await t.request('POST', '/api/auth/login', { body: { email: 'owner@acme.test', password: 'a brand new password' } })).statusCode).toBe(200);
    });
  });
}
