/** Running a published process in a real browser: start a run, follow its token on the diagram, do every task, read the timeline, use the inbox, cancel a run. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from './helpers/chromium.ts';
import { setUpOrganization, useBrowserSuite } from './helpers/browser-suite.ts';
import { PROJECT_ROOT } from './helpers/project-root.ts';
import { saveScreenshot } from './helpers/save-screenshot.ts';

const OWNER = { organization: 'Acme Co', name: 'Olivia Owner', email: 'owner@example.com', password: 'owner-password-1' };
const TEAM = 'Acme Realty';
const PROCESS = 'Prospecting dialing (Acme Realty)';
/** The template's user tasks on the "lead found" path, in order (src/server/templates/prospecting-dialing). */
const LEAD_PATH = ['Set campaign', 'Build call list', 'Scrub list', 'Run dialing session', 'Hand off lead', 'Follow up lead'];

describe.skipIf(skipBrowserTests)('running a process in the browser', () => {
  const suite = useBrowserSuite('runs-failure');

  /** The row of a task in the run page's task table, found by its step name. */
  function taskRow(owner: Page, step: string) {
    return owner.getByRole('table', { name: 'Tasks of this run' }).getByRole('row').filter({ has: owner.getByRole('rowheader', { name: step, exact: true }) });
  }

  /** A diagram element of the run page, by its id in the template. */
  function element(owner: Page, elementId: string, marker: string) {
    return owner.locator(`.run-diagram .djs-element.${marker}[data-element-id="${elementId}"]`);
  }

  async function startRun(owner: Page, processPath: string, businessKey: string) {
    await owner.goto(`${suite.server.url}${processPath}`);
    await owner.getByRole('button', { name: 'Start run' }).click();
    const form = owner.getByRole('form', { name: /Start a run of version 1/ });
    await form.getByLabel('Business key').fill(businessKey);
    return form;
  }

  it('starts a run from the process page, follows it on the diagram to the end, claims and cancels another from the inbox, and retries an incident', async () => {
    const url = suite.server.url;
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    const owner = await context.newPage();
    suite.page = owner;

    // Given an owner with a team and the team's copy of the Prospecting dialing template (published version 1).
    await setUpOrganization(owner, url, OWNER);
    await owner.goto(`${url}/admin/teams`);
    await owner.getByLabel('Team name').fill(TEAM);
    await owner.getByRole('button', { name: 'Create team' }).click();
    await owner.getByRole('link', { name: TEAM }).waitFor();
    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    const template = owner.getByRole('article', { name: 'Prospecting dialing' });
    await template.getByLabel('Team').selectOption({ label: TEAM });
    await template.getByLabel('Name of the copy').fill(PROCESS);
    await template.getByRole('button', { name: 'Use template' }).click();
    await owner.getByRole('heading', { level: 1, name: PROCESS }).waitFor();
    const processPath = new URL(owner.url()).pathname;

    // When they start a run from the process page with a business key and a variable that is not JSON, then the form says so on that row.
    const form = await startRun(owner, processPath, 'Campaign 7');
    await form.getByRole('button', { name: 'Add a variable' }).click();
    await form.getByLabel('Variable 1 name').fill('leadSource');
    await form.getByLabel('Variable 1 value').fill('expired listings');
    await form.getByRole('button', { name: 'Start the run' }).click();
    await form.getByRole('alert').filter({ hasText: 'Is not JSON' }).waitFor();
    await saveScreenshot(owner, 'runs-01-start-form');

    // When they make it text and start again, then the new run's page opens, running version 1 with the variable set.
    await form.getByLabel('Variable 1 type').selectOption('text');
    await form.getByRole('button', { name: 'Start the run' }).click();
    await owner.waitForURL(/\/runs\/\d+$/);
    await owner.getByRole('heading', { level: 1, name: /run \d+$/ }).waitFor();
    const runPath = new URL(owner.url()).pathname;
    await owner.getByText('Campaign 7').waitFor();
    await owner.getByRole('link', { name: 'Version 1' }).waitFor();
    await owner.locator('.variable-list').getByText('expired listings').waitFor();

    // Then the diagram marks the token at the first task, with a badge saying what it waits for.
    await element(owner, 'SetCampaign', 'run-current').waitFor();
    await owner.getByRole('img', { name: /Set campaign: 1 token, waiting for a person/ }).waitFor();
    await owner.getByText('Now at:').waitFor();
    await saveScreenshot(owner, 'runs-02-run-started');

    // When they claim the first task, then it is theirs; releasing puts it back in the pool.
    await taskRow(owner, 'Set campaign').getByRole('button', { name: /^Claim/ }).click();
    await taskRow(owner, 'Set campaign').getByText(OWNER.name).waitFor();
    await taskRow(owner, 'Set campaign').getByRole('button', { name: /^Release/ }).click();
    await taskRow(owner, 'Set campaign').getByText('Pool (unclaimed)').waitFor();

    // When they complete every task on the lead path, setting leadFound where the gateway reads it.
    for (const step of LEAD_PATH) {
      const row = taskRow(owner, step);
      await row.getByRole('button', { name: /^Complete/ }).click();
      const complete = owner.getByRole('form', { name: `Complete “${step}”` });
      if (step === 'Run dialing session') {
        await complete.getByRole('button', { name: 'Add a variable' }).click();
        await complete.getByLabel('Variable 1 name').fill('leadFound');
        await complete.getByLabel('Variable 1 value').fill('true');
        await complete.getByRole('button', { name: 'Add a variable' }).click();
        await complete.getByLabel('Variable 2 name').fill('dials');
        await complete.getByLabel('Variable 2 value').fill('45');
        await saveScreenshot(owner, 'runs-03-complete-form');
      }
      await complete.getByRole('button', { name: 'Complete task' }).click();
      await row.getByText('Completed', { exact: true }).waitFor();
    }

    // Then the run is completed, the path it took is shaded on the diagram, and the timeline lists its steps with who and what changed.
    await owner.locator('.run-header .status-badge', { hasText: 'Completed' }).waitFor();
    await element(owner, 'SetCampaign', 'run-completed').waitFor();
    await element(owner, 'FollowUpLead', 'run-completed').waitFor();
    expect(await owner.locator('.run-diagram .run-current').count()).toBe(0);
    expect(await element(owner, 'LogSessionResults', 'run-completed').count()).toBe(0);
    const timeline = owner.locator('.timeline');
    for (const step of LEAD_PATH) await timeline.getByText(`Completed: ${step}`, { exact: true }).waitFor();
    await timeline.getByText('Run ended: completed').waitFor();
    await timeline.getByText('leadFound = true').waitFor();
    const steps = await timeline.locator('.timeline-what').allTextContents();
    expect(steps.indexOf('Completed: Set campaign')).toBeLessThan(steps.indexOf('Completed: Follow up lead'));
    expect(steps.at(-1)).toMatch(/^Run ended: completed/);
    await owner.locator('.variable-list').getByText('leadFound').waitFor();
    await saveScreenshot(owner, 'runs-04-run-completed');

    // When they start a second run, then the work inbox lists its first task in the pool, with a link to the run.
    const second = await startRun(owner, processPath, 'Campaign 8');
    await second.getByRole('button', { name: 'Start the run' }).click();
    await owner.waitForURL((address) => /\/runs\/\d+$/.test(address.pathname) && address.pathname !== runPath);
    const secondRunPath = new URL(owner.url()).pathname;
    expect(secondRunPath).not.toBe(runPath);
    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work' }).click();
    const pool = owner.getByRole('table', { name: 'Waiting to be claimed' });
    const poolRow = pool.getByRole('row').filter({ hasText: 'Campaign 8' });
    await poolRow.getByRole('rowheader', { name: 'Set campaign' }).waitFor();

    // When they claim it there, then it moves to "Assigned to me".
    await poolRow.getByRole('button', { name: /^Claim/ }).click();
    const mine = owner.getByRole('table', { name: 'Assigned to me' });
    await mine.getByRole('row').filter({ hasText: 'Campaign 8' }).getByRole('rowheader', { name: 'Set campaign' }).waitFor();
    await owner.getByText('No open task is waiting in a pool you can see.').waitFor();
    await saveScreenshot(owner, 'runs-05-work-inbox');

    // When they cancel that run from its page with a reason, then it is cancelled, its task too, and nothing holds it.
    await mine.getByRole('link', { name: /^Run \d+$/ }).click();
    await owner.getByRole('button', { name: 'Cancel run…' }).click();
    await owner.getByLabel('Reason (optional)').fill('Campaign called off');
    await owner.getByRole('button', { name: 'Yes, cancel the run' }).click();
    await owner.locator('.run-header .status-badge', { hasText: 'Cancelled' }).waitFor();
    await taskRow(owner, 'Set campaign').getByText('Cancelled', { exact: true }).waitFor();
    await owner.getByText('This run is cancelled: no step holds it any more.').waitFor();
    await saveScreenshot(owner, 'runs-06-run-cancelled');

    // And the runs page lists both, filtered by status.
    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runs' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Runs' }).waitFor();
    const runs = owner.getByRole('table', { name: 'Runs, newest first' });
    await runs.getByRole('row').filter({ hasText: 'Campaign 7' }).getByText('Completed').waitFor();
    await runs.getByRole('row').filter({ hasText: 'Campaign 8' }).getByText('Cancelled').waitFor();
    await owner.getByLabel('Status').selectOption('completed');
    await runs.getByRole('row').filter({ hasText: 'Campaign 8' }).waitFor({ state: 'detached' });
    expect(await runs.getByRole('row').filter({ hasText: 'Campaign 7' }).count()).toBe(1);
    await saveScreenshot(owner, 'runs-07-runs-page');

    // When a process whose gateway reads a variable nobody set is imported, published and run without it.
    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Processes' }).click();
    const importForm = owner.getByRole('region', { name: 'Import a .bpmn file' });
    await importForm.getByLabel('BPMN file').setInputFiles(`${PROJECT_ROOT}tests/e2e/fixtures/qualify-lead-incident.bpmn`);
    await importForm.getByLabel('Team').selectOption({ label: TEAM });
    await importForm.getByRole('button', { name: 'Import' }).click();
    await importForm.getByRole('link', { name: 'Qualify lead' }).click();
    await owner.getByRole('tab', { name: /Problems/ }).click();
    await owner.getByText('No problems: the process can be published.').waitFor();
    await owner.getByRole('button', { name: 'Publish' }).click();
    await owner.getByRole('status').filter({ hasText: 'Version 1 published.' }).waitFor();
    const qualify = await startRun(owner, new URL(owner.url()).pathname, 'Lead 555-0100');
    await qualify.getByRole('button', { name: 'Start the run' }).click();
    await owner.waitForURL((address) => /\/runs\/\d+$/.test(address.pathname) && address.pathname !== secondRunPath);

    // Then the run stops on an incident at the gateway: marked on the diagram and listed with its error and a Retry.
    await element(owner, 'ScoreHighEnough', 'run-incident').waitFor();
    await owner.getByRole('img', { name: /Score high enough\?: 1 token, stopped by an incident/ }).waitFor();
    const incidents = owner.getByRole('table', { name: 'Incidents' });
    await incidents.getByText('no condition of "ScoreHighEnough" holds', { exact: false }).waitFor();
    await saveScreenshot(owner, 'runs-08-incident');

    // When they retry it with the score set, then the incident is resolved and the run goes on to the call.
    await incidents.getByRole('button', { name: /^Retry/ }).click();
    const retry = owner.getByRole('form', { name: 'Retry “Score high enough?”' });
    await retry.getByRole('button', { name: 'Add a variable' }).click();
    await retry.getByLabel('Variable 1 name').fill('score');
    await retry.getByLabel('Variable 1 value').fill('80');
    await retry.getByRole('button', { name: 'Retry now' }).click();
    await incidents.getByText(/^✓/).waitFor();
    expect(await incidents.getByRole('button', { name: /^Retry/ }).count()).toBe(0);
    await element(owner, 'CallLead', 'run-current').waitFor();
    await taskRow(owner, 'Call lead').getByRole('button', { name: /^Complete/ }).waitFor();
    await owner.locator('.timeline').getByText('Incident resolved: Score high enough?').waitFor();
    await saveScreenshot(owner, 'runs-09-incident-retried');
    await context.close();
  }, 240_000);
});
