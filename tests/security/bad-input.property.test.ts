/** Random and malformed input to every write route never crashes the server, always answers in the catalogue's shape, and changes nothing when refused. */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../src/api/error-catalogue.ts';
import { isApiRoute, isDocsRoute, isWriteRoute, routeCatalogue, type CataloguedRoute } from '../support/route-catalogue.ts';
import { sampleBody, samplePath, sampleQuery, sampleRawBody, sampleUrl, type RawBody } from '../support/sample-request.ts';
import { seedOrganization, type SeededOrganization } from '../support/seed-organization.ts';
import { snapshotTables } from '../support/snapshot-tables.ts';
import { createTestApp, testConfig, type Agent, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const BODY_LIMIT = testConfig().bodyLimit;
/** A failed login is meant to count; nothing else may change when a request is refused. */
const CHANGES_ON_REFUSAL = ['login_failures'];
/** Runs per route: PostgreSQL round trips cost more, and both databases run the same properties. */
const RUNS = { sqlite: 60, postgres: 40 } as const;

const routes = await routeCatalogue();
const writeRoutes = routes.filter((route) => isApiRoute(route) && isWriteRoute(route));
const routesWithParams = routes.filter((route) => isApiRoute(route) && !isDocsRoute(route) && route.paramNames.length > 0);

/** A request as sent on the wire: the path parameters to replace, raw bytes, and a content type. */
interface WireRequest {
  pathOverrides: Record<string, string>;
  /** Send the overridden parameters as they are, not percent-encoded (a client may send anything). */
  rawPath: boolean;
  payload: string | Buffer | undefined;
  contentType: string | undefined;
}

/** Strings that have broken servers before: quotes, NUL and other control characters, templates, markup, lone surrogates, sizes on the limits. */
const NASTY_STRINGS = [
  '',
  ' ',
  "' OR 1=1 --",
  "Robert'); DROP TABLE teams;--",
  'a\u0000b',
  '\u0000',
  '\u0001\u001f\u007f',
  '\r\n',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '\ud800',
  'x\udfff',
  '👩‍👩‍👧‍👦',
  'x'.repeat(100),
  'x'.repeat(101),
  'x'.repeat(257),
  '__proto__',
  'constructor',
  'owner',
];

const nastyString = fc.constantFrom(...NASTY_STRINGS);
const anyValue = fc.oneof(fc.anything(), nastyString, fc.string({ unit: 'binary' }));

/** The route's valid sample with one field replaced (often by a nasty string), one removed, or one unknown key added. */
function mutatedSample(sample: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(sample);
  const withExtraKey = fc
    .tuple(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'id', 'organizationId', 'role')), fc.jsonValue())
    .filter(([key]) => !Object.hasOwn(sample, key))
    .map(([key, value]) => ({ ...sample, [key]: value }));
  if (keys.length === 0) return withExtraKey;
  const replaced = (value: fc.Arbitrary<unknown>) => fc.tuple(fc.constantFrom(...keys), value).map(([key, replacement]) => ({ ...sample, [key]: replacement }));
  return fc.oneof(
    { weight: 2, arbitrary: replaced(anyValue) },
    // Keeps the rest valid, so the odd value reaches the handler and the database, not only the schema.
    { weight: 2, arbitrary: replaced(nastyString) },
    { weight: 1, arbitrary: fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(sample).filter(([name]) => name !== key))) },
    { weight: 1, arbitrary: withExtraKey },
  );
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Nested arrays or objects, written out directly: JSON.stringify itself would give up first. */
const deeplyNested = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean())
  .map(([depth, asArray]) => (asArray ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)));

/** A JSON object of exactly `size` bytes, around the body limit. */
const nearTheLimit = fc.integer({ min: BODY_LIMIT - 64, max: BODY_LIMIT + 64 }).map((size) => `{"name":"${'x'.repeat(size - 11)}"}`);

function payloadFor(sample: Record<string, unknown>): fc.Arbitrary<string | Buffer | undefined> {
  const json = (value: unknown) => JSON.stringify(value) ?? '';
  return fc.oneof(
    { weight: 6, arbitrary: mutatedSample(sample).map(json) },
    { weight: 2, arbitrary: fc.anything().map(json) },
    { weight: 1, arbitrary: fc.jsonValue().map(json) },
    { weight: 1, arbitrary: fc.dictionary(fc.string(), anyValue).map(json) },
    { weight: 1, arbitrary: fc.oneof(fc.string(), fc.double(), fc.integer()).map(json) },
    { weight: 1, arbitrary: fc.bigInt().map(String) },
    { weight: 1, arbitrary: deeplyNested },
    { weight: 1, arbitrary: nearTheLimit },
    { weight: 2, arbitrary: fc.string({ unit: 'binary' }).filter((text) => !isJson(text)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant<string | undefined>('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom<string | undefined>(
      undefined,
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/vnd.api+json',
      'application/json; charset=latin1',
    ),
  },
);

const pathValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^-?\d{1,22}$/),
  fc.constantFrom('0', '-1', '1.5', '1e3', '0x1', ' 1', 'NaN', 'Infinity', '%', '%zz', '%00', '..', '__proto__', 'constructor', '99999999999', '1'.repeat(150)),
);

const BPMN_NAMESPACE = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** Files a BPMN importer meets in the wild or from an attacker: other encodings, entities, deep nesting, lies in the declaration. */
const STRANGE_XML: Array<string | Buffer> = [
  Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><definitions xmlns="${BPMN_NAMESPACE}" id="D"><process id="P" name="Caf\u00e9 \u00e0 la carte"/></definitions>`, 'latin1'),
  Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><definitions xmlns="${BPMN_NAMESPACE}" id="D"><process id="P" name="\u00e9"/></definitions>`, 'latin1'),
  `<?xml version="1.0" encoding="x-unknown-encoding"?><definitions xmlns="${BPMN_NAMESPACE}" id="D"><process id="P"/></definitions>`,
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<definitions xmlns="${BPMN_NAMESPACE}" id="D"><process id="P"/></definitions>`, 'utf16le')]),
  `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><definitions xmlns="${BPMN_NAMESPACE}" id="D" name="&b;"><process id="P"/></definitions>`,
  `<definitions xmlns="${BPMN_NAMESPACE}" id="D"><process id="P"><extensionElements>${'<x:a xmlns:x="urn:x">'.repeat(5000)}${'</x:a>'.repeat(5000)}</extensionElements></process></definitions>`,
  `<definitions xmlns="${BPMN_NAMESPACE}" id="D"></definitions>`,
  `<definitions xmlns="urn:not-bpmn" id="D"><process id="P"/></definitions>`,
  `<definitions xmlns="${BPMN_NAMESPACE}" id="D"><process id="P"><task id="T"/><task id="T"/><sequenceFlow id="F" sourceRef="Nowhere" targetRef="T"/></process></definitions>`,
  '<html><body>not a diagram</body></html>',
  '',
];

/** A raw body around the route's valid sample: cut short, with something inserted, random bytes, or a strange file. */
function rawPayloadFor(raw: RawBody): fc.Arbitrary<string | Buffer> {
  const text = raw.payload;
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(text) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: text.length }).map((cut) => text.slice(0, cut)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: text.length }), fc.oneof(nastyString, fc.string({ unit: 'binary' }), fc.constantFrom('<', '>', '&', ']]>', '<![CDATA[', '"', '</definitions>')))
        .map(([at, inserted]) => text.slice(0, at) + inserted + text.slice(at)),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }).map((bytes) => Buffer.from(bytes)) },
    { weight: 2, arbitrary: fc.constantFrom(...STRANGE_XML) },
  );
}

function wireRequest(route: CataloguedRoute, sample: Record<string, unknown>, raw: RawBody | undefined): fc.Arbitrary<WireRequest> {
  const pathOverrides: fc.Arbitrary<Record<string, string>> =
    route.paramNames.length === 0
      ? fc.constant({})
      : fc.oneof(
          { weight: 3, arbitrary: fc.constant({}) },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...route.paramNames), pathValue).map(([name, value]) => ({ [name]: value })) },
        );
  const payload = payloadFor(sample);
  const json = fc.record({ pathOverrides, rawPath: fc.boolean(), payload, contentType });
  if (!raw || !route.rawBody) return json;
  const rawRequest = fc.record({
    pathOverrides,
    rawPath: fc.boolean(),
    payload: rawPayloadFor(raw),
    contentType: fc.constantFrom<string | undefined>(...route.rawBody, `${route.rawBody[0]}; charset=utf-8`),
  });
  return fc.oneof({ weight: 1, arbitrary: json }, { weight: 3, arbitrary: rawRequest });
}

/** Percent-encodes every byte but the unreserved ones; unlike encodeURIComponent it never throws (a lone surrogate becomes U+FFFD). */
function percentEncode(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((byte) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

function describeRequest(method: string, url: string, request: Pick<WireRequest, 'payload' | 'contentType'>): string {
  const payload = request.payload === undefined ? '(no body)' : String(request.payload).slice(0, 300);
  return `${method} ${url} [${request.contentType ?? 'no content-type'}] ${payload}${String(request.payload ?? '').length > 300 ? '…' : ''}`;
}

/** A refusal speaks the catalogue: a JSON body { error: { code, message } } with a known code, and a field for VALIDATION_FAILED. */
function expectCatalogueShape(answer: LightMyRequestResponse, what: string): { code: string; message: string; field?: string } {
  let body: { error?: { code?: unknown; message?: unknown; field?: unknown } };
  try {
    body = answer.json();
  } catch {
    throw new Error(`${what}\nanswered ${answer.statusCode} with a body that is not JSON: ${answer.body.slice(0, 300)}`);
  }
  expect(body.error, `${what}\nanswered ${answer.statusCode} ${answer.body}`).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  const error = body.error as { code: string; message: string; field?: string };
  expect(Object.keys(ERROR_CATALOGUE), `${what}\nanswered an unknown code ${answer.body}`).toContain(error.code);
  if (error.code === 'VALIDATION_FAILED') expect(error.field, `${what}\nnames no field: ${answer.body}`).toEqual(expect.any(String));
  return error;
}

for (const database of await testDatabases()) {
  describe(`bad input on ${database.dialect}`, () => {
    let t: TestApp;
    let org: SeededOrganization;
    let owner: Agent;
    let ownerPasswordHash: string;

    /**
     * Bookkeeping, not behaviour under test: a random request that happens to be valid may change the owner's password
     * or role, end their session or trip the login throttle; the next request starts again from a logged-in owner.
     */
    async function restoreOwner(): Promise<void> {
      const { db } = t.store;
      const userId = org.owner.session.user.id;
      await db.updateTable('users').set({ password_hash: ownerPasswordHash }).where('id', '=', userId).execute();
      await db.updateTable('memberships').set({ role: 'owner' }).where('user_id', '=', userId).where('organization_id', '=', org.id).execute();
      await db.deleteFrom('login_failures').execute();
      owner = await t.login(org.targets.ownerEmail);
    }

    async function send(method: string, url: string, request: Omit<WireRequest, 'pathOverrides' | 'rawPath'>, as: Agent = owner) {
      const headers: Record<string, string> = { cookie: as.cookie, 'x-csrf-token': as.csrfToken };
      if (request.contentType !== undefined) headers['content-type'] = request.contentType;
      return t.app.inject({ method: method as 'POST', url, headers, ...(request.payload === undefined ? {} : { payload: request.payload }) });
    }

    /** Sends the request and checks it was refused in the catalogue's shape with every table as before. */
    async function expectRefusedUnchanged(method: string, url: string, request: Omit<WireRequest, 'pathOverrides' | 'rawPath'>) {
      const before = await snapshotTables(t.store.db, { except: CHANGES_ON_REFUSAL });
      const answer = await send(method, url, request);
      const what = describeRequest(method, url, request);
      expect(answer.statusCode, `${what}\nanswered ${answer.body}`).toBeGreaterThanOrEqual(400);
      expect(answer.statusCode, `${what}\nanswered ${answer.body}`).toBeLessThan(500);
      const error = expectCatalogueShape(answer, what);
      expect(await snapshotTables(t.store.db, { except: CHANGES_ON_REFUSAL }), `${what}\nchanged data though refused`).toEqual(before);
      return { status: answer.statusCode, ...error };
    }

    beforeAll(async () => {
      t = await createTestApp(database);
      org = await seedOrganization(t, { name: 'Acme Realty', domain: 'acme.test' });
      owner = org.owner;
      const user = await t.store.db.selectFrom('users').select('password_hash').where('id', '=', org.owner.session.user.id).executeTakeFirstOrThrow();
      ownerPasswordHash = user.password_hash;
    });
    afterAll(async () => t?.close());

    describe('given random input', () => {
      for (const route of writeRoutes) {
        it(`when anything is sent to ${route.key}, then it never answers 5xx, refusals use the catalogue and change nothing`, async () => {
          await restoreOwner();
          const sample = sampleBody(route, org.targets) ?? {};
          await fc.assert(
            fc.asyncProperty(wireRequest(route, sample, sampleRawBody(route, org.targets)), async (request) => {
              const overrides = Object.fromEntries(
                Object.entries(request.pathOverrides).map(([name, value]) => [name, request.rawPath ? value : percentEncode(value)]),
              );
              const url = samplePath(route, org.targets, overrides) + sampleQuery(route, org.targets);
              const what = describeRequest(route.method, url, request);
              const before = await snapshotTables(t.store.db, { except: CHANGES_ON_REFUSAL });
              const answer = await send(route.method, url, request);
              expect(answer.statusCode, `${what}\nanswered ${answer.body}`).toBeLessThan(500);
              if (answer.statusCode >= 400) {
                expectCatalogueShape(answer, what);
                expect(await snapshotTables(t.store.db, { except: CHANGES_ON_REFUSAL }), `${what}\nchanged data though refused with ${answer.body}`).toEqual(before);
              } else {
                await restoreOwner();
              }
            }),
            { numRuns: RUNS[database.dialect] },
          );
        });
      }
    });

    describe('given named bad input', () => {
      it('when a write route gets malformed JSON, then it answers 400 INVALID_JSON', async () => {
        await restoreOwner();
        for (const route of writeRoutes) {
          const error = await expectRefusedUnchanged(route.method, sampleUrl(route, org.targets), { payload: '{"name": "Ops",', contentType: 'application/json' });
          expect(error, route.key).toMatchObject({ status: 400, code: 'INVALID_JSON', field: 'body' });
        }
      });

      it('when a body has an unknown field, then it answers 400 naming the field', async () => {
        for (const route of writeRoutes.filter((candidate) => candidate.hasBody)) {
          const payload = JSON.stringify({ ...sampleBody(route, org.targets), surpriseField: 'x' });
          const error = await expectRefusedUnchanged(route.method, sampleUrl(route, org.targets), { payload, contentType: 'application/json' });
          expect(error, route.key).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'surpriseField', message: 'surpriseField is not a known field' });
        }
      });

      it('when a field has the wrong type, then it answers 400 naming that field', async () => {
        for (const route of writeRoutes.filter((candidate) => candidate.hasBody)) {
          const sample = sampleBody(route, org.targets)!;
          for (const [field, value] of Object.entries(sample)) {
            // An object where a value goes, or a string where an object (such as a documentation) goes.
            const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
            const payload = JSON.stringify({ ...sample, [field]: isObject ? 'not an object' : { nested: true } });
            const error = await expectRefusedUnchanged(route.method, sampleUrl(route, org.targets), { payload, contentType: 'application/json' });
            expect(error, `${route.key} ${field}`).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field });
            expect(error.message, `${route.key} ${field}`).toContain(field);
          }
        }
      });

      it('when a body is one byte over the limit, then it answers 413 BODY_TOO_LARGE; at the limit it is read', async () => {
        for (const route of writeRoutes) {
          const url = sampleUrl(route, org.targets);
          // A route may have a larger limit of its own (a draft carries a diagram and its picture).
          const limit = route.bodyLimit ?? BODY_LIMIT;
          const over = `{"name":"${'x'.repeat(limit + 1 - 11)}"}`;
          expect(Buffer.byteLength(over)).toBe(limit + 1);
          const error = await expectRefusedUnchanged(route.method, url, { payload: over, contentType: 'application/json' });
          expect(error, route.key).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });

          // Read and refused for what it says (a far too long or unknown name), not for its size; routes without a body ignore it.
          const atLimit = await send(route.method, url, { payload: over.replace('x', ''), contentType: 'application/json' });
          expect(atLimit.statusCode, `${route.key}: ${atLimit.body.slice(0, 200)}`).not.toBe(413);
          expect(atLimit.statusCode).toBeLessThan(500);
          if (atLimit.statusCode < 400) await restoreOwner();
        }
      });

      it('when an id in the path is not a positive whole number in range, then it answers 400 naming the parameter', async () => {
        await restoreOwner();
        for (const route of routesWithParams) {
          for (const param of route.paramNames) {
            for (const value of ['abc', '0', '-1', '99999999999', '1e3', '0x10', '%201', '1.0']) {
              const url = sampleUrl(route, org.targets, { [param]: value });
              const body = sampleBody(route, org.targets);
              const request = { payload: body && JSON.stringify(body), contentType: body && 'application/json' };
              const error = await expectRefusedUnchanged(route.method, url, request);
              expect(error, `${route.method} ${url}`).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: param });
              expect(error.message, `${route.method} ${url}`).toMatch(new RegExp(`^${param} `));
            }
          }
        }
      }, 180_000); // every route with a path parameter, eight values each, each checked against a snapshot of every table

      it('when a body is sent as text/plain, then it answers 415', async () => {
        for (const route of writeRoutes) {
          const payload = JSON.stringify(sampleBody(route, org.targets) ?? { name: 'x' });
          const error = await expectRefusedUnchanged(route.method, sampleUrl(route, org.targets), { payload, contentType: 'text/plain' });
          expect(error, route.key).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
        }
      });

      it('when a text field holds a NUL character, then it never answers 5xx', async () => {
        for (const route of writeRoutes.filter((candidate) => candidate.hasBody)) {
          const sample = sampleBody(route, org.targets)!;
          for (const [field, value] of Object.entries(sample)) {
            if (typeof value !== 'string') continue;
            const request = { payload: JSON.stringify({ ...sample, [field]: `${value}\u0000` }), contentType: 'application/json' };
            const url = sampleUrl(route, org.targets);
            const before = await snapshotTables(t.store.db, { except: CHANGES_ON_REFUSAL });
            const answer = await send(route.method, url, request);
            const what = `${describeRequest(route.method, url, request)}\nanswered ${answer.body}`;
            expect(answer.statusCode, what).toBeLessThan(500);
            if (answer.statusCode >= 400) expect(await snapshotTables(t.store.db, { except: CHANGES_ON_REFUSAL }), what).toEqual(before);
            else await restoreOwner();
          }
        }
      });

      it('when the path holds a malformed %-escape or an over-long parameter, then the answer still has the catalogue shape', async () => {
        await restoreOwner();
        for (const route of routesWithParams) {
          const body = sampleBody(route, org.targets);
          const request = { payload: body && JSON.stringify(body), contentType: body && 'application/json' };
          const [param] = route.paramNames as [string];
          const malformed = await expectRefusedUnchanged(route.method, sampleUrl(route, org.targets, { [param]: '%zz' }), request);
          expect(malformed, route.key).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'path' });
          const overLong = await expectRefusedUnchanged(route.method, sampleUrl(route, org.targets, { [param]: '1'.repeat(150) }), request);
          expect(overLong, route.key).toMatchObject({ status: 414, code: 'VALIDATION_FAILED', field: 'path' });
        }
      });

      it('when a body carries __proto__ or constructor.prototype, then it is refused and pollutes nothing', async () => {
        for (const route of writeRoutes) {
          const sample = JSON.stringify(sampleBody(route, org.targets) ?? {}).slice(1);
          for (const poison of ['"__proto__": {"isAdmin": true, "role": "owner"}', '"constructor": {"prototype": {"isAdmin": true}}']) {
            const payload = `{${poison}${sample === '}' ? '' : ','}${sample}`;
            expect(isJson(payload), payload).toBe(true);
            await expectRefusedUnchanged(route.method, sampleUrl(route, org.targets), { payload, contentType: 'application/json' });
          }
        }
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      });
    });
  });
}
