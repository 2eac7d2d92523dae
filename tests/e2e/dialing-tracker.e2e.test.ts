/**
 * A VA's day in the browser: claim the dialing task from the Work page, log dials by keyboard (with an undo, a lead
 * handed off through the lead form and a dial the compliance guard refuses), stop the session for its summary; then
 * drop the connection, keep logging, come back, and every entry lands on the server exactly once; a callback then
 * puts a "Call back" task, due at its time, into the VA's Work list.
 */
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from './helpers/chromium.ts';
import { saveScreenshot } from './helpers/save-screenshot.ts';
import { startServer, type RunningServer } from './helpers/start-server.ts';

const OWNER = { organizationName: 'Dial Co', name: 'Olivia Owner', email: 'owner@example.com', password: 'owner-password-1' };
const VA = { name: 'Vera Caller', email: 'vera@example.com', password: 'vera-password-1' };
const AGENT = { name: 'Arlo Agent', email: 'arlo@example.com', password: 'arlo-password-1' };
const DNC_NUMBER = '+13125550143';

/** A signed-in member's API, through the browser context's cookies (and the csrf token their session gave). */
interface MemberApi {
  get: <T>(path: string) => Promise<T>;
  post: <T>(path: string, data?: unknown) => Promise<T>;
}

function memberApi(request: APIRequestContext, url: string, csrfToken: string): MemberApi {
  async function read<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
    if (!response.ok()) throw new Error(`${what} answered ${response.status()}: ${await response.text()}`);
    return (await response.json()) as T;
  }
  return {
    get: async (path) => read(await request.get(`${url}${path}`), `GET ${path}`),
    post: async (path, data = {}) => read(await request.post(`${url}${path}`, { data, headers: { 'x-csrf-token': csrfToken } }), `POST ${path}`),
  };
}

interface TaskRow {
  id: number;
  elementId: string;
  status: string;
}

describe.skipIf(skipBrowserTests)('the dialing tracker in the browser', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let vaContext: BrowserContext | undefined;
  let agentPage: Page | undefined;
  let owner: MemberApi;
  let va: MemberApi;
  let teamId = 0;
  let vaUserId = 0;
  let dialingTaskId = 0;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const url = server.url;

    // Given an organization with a team, its copy of the Prospecting dialing template, a VA and an agent in the team.
    const ownerContext = await browser.newContext();
    const setup = await ownerContext.request.post(`${url}/api/setup`, { data: OWNER });
    owner = memberApi(ownerContext.request, url, ((await setup.json()) as { csrfToken: string }).csrfToken);
    teamId = (await owner.post<{ id: number }>('/api/teams', { name: 'Dial Realty', timeZone: 'America/Chicago' })).id;
    const templates = await owner.get<{ processes: Array<{ id: number; name: string }> }>('/api/processes?templates=true');
    const template = templates.processes.find((process) => process.name === 'Prospecting dialing')!;
    const processId = (await owner.post<{ id: number }>(`/api/processes/${template.id}/use-template`, { teamId, name: 'Prospecting (Dial Realty)' })).id;
    await owner.post(`/api/teams/${teamId}/dnc-numbers`, { number: DNC_NUMBER, note: 'asked last week' });

    async function join(person: typeof VA): Promise<{ context: BrowserContext; api: MemberApi; userId: number }> {
      const invitation = await owner.post<{ token: string }>('/api/invitations', { email: person.email, role: 'va', teamIds: [teamId] });
      const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(15_000);
      const accepted = await context.request.post(`${url}/api/invitations/accept`, { data: { token: invitation.token, name: person.name, password: person.password } });
      const session = (await accepted.json()) as { csrfToken: string; user: { id: number } };
      return { context, api: memberApi(context.request, url, session.csrfToken), userId: session.user.id };
    }
    const joinedVa = await join(VA);
    vaContext = joinedVa.context;
    va = joinedVa.api;
    vaUserId = joinedVa.userId;
    agentPage = await (await join(AGENT)).context.newPage();

    // And a run whose first three steps are done, so its dialing session waits in the VA's pool.
    const run = await owner.post<{ id: number }>('/api/runs', { processId, businessKey: 'Expired, March', variables: { leadSource: 'Expired listings' } });
    for (const step of ['SetCampaign', 'BuildCallList', 'ScrubList']) {
      const { tasks } = await owner.get<{ tasks: TaskRow[] }>(`/api/tasks?runId=${run.id}&status=active`);
      const task = tasks.find((candidate) => candidate.elementId === step)!;
      await owner.post(`/api/tasks/${task.id}/claim`);
      await owner.post(`/api/tasks/${task.id}/complete`, { variables: {} });
    }
    const { tasks } = await owner.get<{ tasks: TaskRow[] }>(`/api/tasks?runId=${run.id}&status=active`);
    dialingTaskId = tasks.find((candidate) => candidate.elementId === 'DialingSession')!.id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail' || !page) return;
    await saveScreenshot(page, 'tracker-failure').catch(() => {});
    console.error(server?.output().split('\n').slice(-40).join('\n'));
  });

  function counter(owner: Page, key: string) {
    return owner.locator(`.counter[data-counter="${key}"] dd`);
  }

  async function expectCounters(owner: Page, expected: { dials: number; talkTo: number; lead: number; appointmentSet: number }) {
    for (const [key, value] of Object.entries(expected)) await expect.poll(() => counter(owner, key).textContent(), { timeout: 15_000 }).toBe(String(value));
  }

  async function press(owner: Page, keys: string, times = 1) {
    for (let index = 0; index < times; index += 1) await owner.keyboard.press(keys);
  }

  it('logs 20 dials by keyboard with an undo and a lead, refuses a do-not-call number, and the agent sees the follow-up task', async () => {
    const url = server!.url;
    const vaPage = await vaContext!.newPage();
    page = vaPage;
    await agentPage!.goto(`${url}/work`);
    await agentPage!.getByRole('heading', { level: 1, name: 'Work' }).waitFor();

    // When the VA opens Work, the dialing session waits to be claimed, under Today; claiming moves it to "Assigned to me".
    await vaPage.goto(`${url}/work`);
    const pool = vaPage.getByRole('table', { name: 'Waiting to be claimed' });
    await pool.getByRole('rowheader', { name: 'Run dialing session' }).waitFor();
    await pool.locator('.group-row', { hasText: 'Today' }).waitFor();
    await pool.getByRole('button', { name: 'Claim Run dialing session' }).click();
    const mine = vaPage.getByRole('table', { name: 'Assigned to me' });
    await mine.getByRole('link', { name: 'Open Run dialing session' }).click();

    // Then the task page shows the step's documentation, the script and the tracker with its keys.
    await vaPage.waitForURL(`${url}/work/tasks/${dialingTaskId}`);
    await vaPage.getByRole('heading', { level: 1, name: 'Run dialing session' }).waitFor();
    await vaPage.getByRole('heading', { name: 'Dialing tracker' }).waitFor();
    await vaPage.getByRole('checkbox', { name: 'Script open' }).check();
    await vaPage.getByLabel('Find in the script').waitFor();
    await expect.poll(() => vaPage.getByLabel('List / lead source').inputValue()).toBe('Expired listings');
    await vaPage.getByText('Prospecting call script, version 1').first().waitFor();
    await vaPage.getByRole('region', { name: 'Keyboard' }).getByText('Log a dial with that disposition').waitFor();
    await expectCounters(vaPage, { dials: 0, talkTo: 0, lead: 0, appointmentSet: 0 });
    await saveScreenshot(vaPage, 'tracker-01-ready');

    // When they key 19 dials (1 no answer x10, 2 voicemail x4, 3 busy, 6 not interested x3, 9 already listed) and one more no answer they undo.
    await vaPage.locator('body').click({ position: { x: 5, y: 300 } });
    await press(vaPage, '1', 10);
    await press(vaPage, '2', 4);
    await press(vaPage, '3');
    await press(vaPage, '6', 3);
    await press(vaPage, '9');
    await press(vaPage, '1');
    await expectCounters(vaPage, { dials: 20, talkTo: 4, lead: 0, appointmentSet: 0 });
    await press(vaPage, 'u');
    await expectCounters(vaPage, { dials: 19, talkTo: 4, lead: 0, appointmentSet: 0 });
    await vaPage.locator('.entry-undone').getByText('undone').waitFor();
    await vaPage.getByText('Session running').waitFor();

    // And a lead (key 0): the lead form opens and is filled and saved with the keyboard alone.
    await press(vaPage, '0');
    const leadForm = vaPage.getByRole('form', { name: 'Hand off the lead' });
    await leadForm.getByLabel('Name').waitFor();
    await expect.poll(() => leadForm.getByLabel('Lead source').inputValue()).toBe('Expired listings');
    await vaPage.keyboard.type('Dana Seller');
    await press(vaPage, 'Tab');
    await vaPage.keyboard.type('(512) 555-0100');
    await press(vaPage, 'Tab');
    await vaPage.keyboard.type('12 Oak St, Austin');
    await leadForm.getByLabel('Motivation').fill('Relocating for work');
    await leadForm.getByLabel('Timeline').fill('Within 60 days');
    await saveScreenshot(vaPage, 'tracker-02-lead-form');
    await leadForm.getByLabel('Timeline').press('Enter');
    await leadForm.waitFor({ state: 'detached' });

    // Then the counters say 20 dials, 5 talk-to's, 1 lead, and everything reaches the server.
    await expectCounters(vaPage, { dials: 20, talkTo: 5, lead: 1, appointmentSet: 0 });
    await vaPage.getByText('All entries synced').waitFor();
    const summary = await va.get<{ totals: Record<string, number> }>(`/api/tracking/summary?teamId=${teamId}`);
    expect(summary.totals).toMatchObject({ dials: 20, talkTo: 5, lead: 1 });
    await saveScreenshot(vaPage, 'tracker-03-after-20-dials');

    // When they type a number on the do-not-call list and key a dial, then the guard refuses it with the reason and nothing is counted.
    await press(vaPage, 'n');
    await vaPage.keyboard.type('(312) 555-0143');
    await press(vaPage, 'Enter');
    await vaPage.locator('.phone-status').getByText(/Blocked: .*do-not-call/i).waitFor();
    await press(vaPage, '1');
    await vaPage.getByRole('status').filter({ hasText: /Not logged\. Blocked/ }).waitFor();
    await expectCounters(vaPage, { dials: 20, talkTo: 5, lead: 1, appointmentSet: 0 });
    await saveScreenshot(vaPage, 'tracker-04-blocked-number');

    // When they stop the session, then its summary shows the session's counts, rates and phone time.
    await vaPage.locator('body').click({ position: { x: 5, y: 300 } });
    await press(vaPage, 's');
    const sessionSummary = vaPage.getByRole('region', { name: 'Session summary' });
    await sessionSummary.waitFor();
    await expect.poll(() => sessionSummary.locator('[data-summary="Dials"]').textContent()).toBe('20');
    await expect.poll(() => sessionSummary.locator('[data-summary="Talk-to rate"]').textContent()).toBe('25.0 %');
    await expect.poll(() => sessionSummary.locator('[data-summary="Lead rate"]').textContent()).toBe('20.0 %');
    await saveScreenshot(vaPage, 'tracker-05-session-summary');

    // Then the lead is saved, and its follow-up run's task waits for the agent, who sees it arrive on their Work page.
    const { leads } = await owner.get<{ leads: Array<{ name: string; phone: string; runId: number | null }> }>(`/api/leads?teamId=${teamId}`);
    expect(leads.map((lead) => [lead.name, lead.phone])).toEqual([['Dana Seller', '+15125550100']]);
    expect(leads[0]!.runId, 'the Prospecting dialing template starts no follow-up run: its LeadHandedOff message start event is missing').not.toBeNull();
    const agentPool = agentPage!.getByRole('table', { name: 'Waiting to be claimed' });
    await agentPool.getByRole('row').filter({ hasText: '+15125550100' }).getByRole('rowheader', { name: 'Follow up lead' }).waitFor();
    await saveScreenshot(agentPage!, 'tracker-06-agent-follow-up');
  }, 240_000);

  it('keeps logging offline, shows what is not synced, and syncs every entry exactly once when the connection returns', async () => {
    const url = server!.url;
    const vaPage = await vaContext!.newPage();
    page = vaPage;
    await vaPage.goto(`${url}/work/tasks/${dialingTaskId}`);
    await vaPage.getByRole('heading', { name: 'Dialing tracker' }).waitFor();
    await expectCounters(vaPage, { dials: 20, talkTo: 5, lead: 1, appointmentSet: 0 });
    await vaPage.locator('body').click({ position: { x: 5, y: 300 } });
    await press(vaPage, 's');
    await vaPage.getByText('Session running').waitFor();
    // The session's start has reached the server (not only an earlier "all synced" from before it was queued).
    const sessionStart = vaPage.getByRole('list', { name: 'Latest entries' }).locator('li.entry-session').first();
    await expect.poll(() => sessionStart.textContent()).toMatch(/Session started$/);
    await vaPage.getByText('All entries synced').waitFor();

    // When the connection drops and they key 5 dials, then the counters include them and 5 entries wait in the browser.
    await vaContext!.setOffline(true);
    await press(vaPage, '1', 3);
    await press(vaPage, '6', 2);
    await vaPage.locator('.sync-count[data-unsynced="5"]').waitFor();
    await vaPage.getByText('5 entries not yet synced', { exact: false }).waitFor();
    await expectCounters(vaPage, { dials: 25, talkTo: 7, lead: 1, appointmentSet: 0 });
    await saveScreenshot(vaPage, 'tracker-07-offline');

    // When it comes back, the first batch reaches the server but its answer is lost, so the browser sends it again.
    let dropped = 0;
    await vaPage.route('**/api/events', async (route) => {
      if (route.request().method() !== 'POST' || dropped > 0) return route.continue();
      dropped += 1;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await vaContext!.setOffline(false);

    // Then everything is synced, the counters are right, and the server holds each dial exactly once.
    await vaPage.getByText('All entries synced').waitFor({ timeout: 30_000 });
    expect(dropped).toBe(1);
    await expectCounters(vaPage, { dials: 25, talkTo: 7, lead: 1, appointmentSet: 0 });
    type EventRow = { clientId: string; kind: string; undone: boolean; list: string | null; scriptVersionId: number | null; payload: Record<string, unknown> | null };
    const { events } = await va.get<{ events: EventRow[] }>(`/api/events?teamId=${teamId}&taskId=${dialingTaskId}&limit=500`);
    const dials = events.filter((event) => event.kind === 'dial');
    expect(dials.length).toBe(26);
    expect(dials.filter((event) => !event.undone).length).toBe(25);
    expect(new Set(events.map((event) => event.clientId)).size).toBe(events.length);
    // Every entry names the list and the script version in use.
    expect(new Set(dials.map((event) => event.list))).toEqual(new Set(['Expired listings']));
    expect(dials.every((event) => typeof event.scriptVersionId === 'number')).toBe(true);
    const summary = await va.get<{ totals: Record<string, number> }>(`/api/tracking/summary?teamId=${teamId}`);
    expect(summary.totals).toMatchObject({ dials: 25, talkTo: 7, lead: 1 });
    await saveScreenshot(vaPage, 'tracker-08-back-online');

    // When they log a callback (key 7) for tomorrow at 10:30 with a note, then the form says the task will be in their Work list.
    await vaPage.unrouteAll();
    await press(vaPage, '7');
    const callback = vaPage.getByRole('form', { name: 'Callback time' });
    await callback.getByText('The callback task will be in your Work list at that time', { exact: false }).waitFor();
    const when = await vaPage.evaluate(() => {
      const at = new Date(Date.now() + 86_400_000);
      at.setHours(10, 30, 0, 0);
      const pad = (value: number) => String(value).padStart(2, '0');
      return {
        input: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T10:30`,
        iso: at.toISOString(),
        shown: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(at),
      };
    });
    await callback.getByLabel('Callback time').fill(when.input);
    await callback.getByLabel('Note (optional)').fill('Ask about the spring move');
    await saveScreenshot(vaPage, 'tracker-09-callback-form');
    await callback.getByLabel('Note (optional)').press('Enter');
    await callback.waitFor({ state: 'detached' });
    await vaPage.getByText('a Call back task in your Work list', { exact: false }).first().waitFor();
    await expectCounters(vaPage, { dials: 26, talkTo: 8, lead: 1, appointmentSet: 0 });
    await vaPage.getByText('All entries synced').waitFor();
    const latest = await va.get<{ events: EventRow[] }>(`/api/events?teamId=${teamId}&taskId=${dialingTaskId}&limit=1`);
    expect(latest.events[0]).toMatchObject({ kind: 'dial', payload: { callbackAt: when.iso, callbackNote: 'Ask about the spring move' } });

    // Then their Work page holds the "Call back" task, assigned to them, under Upcoming with its due time.
    await vaPage.goto(`${url}/work`);
    const mine = vaPage.getByRole('table', { name: 'Assigned to me' });
    const callbackRow = mine.locator('.due-upcoming tr').filter({ has: vaPage.getByRole('rowheader', { name: 'Call back' }) });
    await callbackRow.waitFor();
    await expect.poll(() => callbackRow.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining([when.shown, 'Virtual professional']));
    type CallbackTask = TaskRow & { name: string; assignment: string; assignee: { id: number } | null; dueAt: string | null };
    const { tasks: myTasks } = await va.get<{ tasks: CallbackTask[] }>('/api/tasks?mine=true&status=active');
    expect(myTasks.filter((task) => task.elementId === 'CallBack')).toEqual([
      expect.objectContaining({ name: 'Call back', status: 'claimed', assignment: 'starter', assignee: expect.objectContaining({ id: vaUserId }), dueAt: when.iso }),
    ]);
    await saveScreenshot(vaPage, 'tracker-10-callback-in-work');

    // And its page holds the step's guidance and the tracker, to log the callback's outcome.
    await mine.getByRole('link', { name: 'Open Call back' }).click();
    await vaPage.getByRole('heading', { level: 1, name: 'Call back' }).waitFor();
    await vaPage.getByRole('heading', { name: 'Dialing tracker' }).waitFor();
    await vaPage.getByText("Open with the script's", { exact: false }).waitFor();
    // With what the run knows about the callback: when, and the note.
    const facts = vaPage.getByRole('region', { name: 'About this run' });
    await facts.getByText(when.shown, { exact: true }).waitFor();
    await facts.getByText('Ask about the spring move', { exact: true }).waitFor();
    await saveScreenshot(vaPage, 'tracker-11-callback-task');

    // And the manager's day report shows the VA's day.
    const ownerPage = await (await browser!.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await ownerPage.goto(`${url}/login`);
    await ownerPage.getByLabel('Email').fill(OWNER.email);
    await ownerPage.getByLabel('Password').fill(OWNER.password);
    await ownerPage.getByLabel('Password').press('Enter');
    await ownerPage.waitForURL((address) => address.pathname !== '/login');
    await ownerPage.goto(`${url}/reports/day?teamId=${teamId}`);
    const row = ownerPage.getByRole('table', { name: /Figures per VA/ }).getByRole('row').filter({ hasText: VA.name });
    await expect.poll(() => row.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['26', '8', '1', '30.8 %']));
    expect(vaUserId).toBeGreaterThan(0);
    await saveScreenshot(ownerPage, 'tracker-11-day-report');
  }, 180_000);
});
