/** The process studio in a real browser: from the Prospecting dialing template to a published, documented team process and its diff. */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from './helpers/chromium.ts';
import { setUpOrganization, useBrowserSuite } from './helpers/browser-suite.ts';
import { saveScreenshot } from './helpers/save-screenshot.ts';

const OWNER = { organization: 'Acme Co', name: 'Olivia Owner', email: 'owner@example.com', password: 'owner-password-1' };
const TEAM = 'Acme Realty';
const NEW_TASK = 'Schedule callbacks';

describe.skipIf(skipBrowserTests)('the process studio in the browser', () => {
  const suite = useBrowserSuite('studio-failure');

  /** The diagram element drawn for a name, e.g. a task on the canvas; not an event's label, which is a shape of its own. */
  function shape(owner: Page, name: string) {
    return owner.locator('.studio-canvas .djs-element.djs-shape:not([data-element-id$="_label"])', { hasText: name }).first();
  }

  /** Fields that follow the diagram (after an undo, say) update in an effect: wait for the value, do not read it once. */
  async function expectValue(field: Locator, value: string) {
    await field.waitFor();
    await expect.poll(() => field.inputValue()).toBe(value);
  }

  async function waitUntilSaved(owner: Page) {
    await owner.locator('[data-save-state="saved"]', { hasText: 'Saved' }).waitFor();
  }

  it('takes the Prospecting dialing template to a published team process and shows what changed', async () => {
    const url = suite.server.url;
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    context.setDefaultTimeout(15_000);
    const owner = await context.newPage();
    suite.page = owner;

    // Given an owner with a team.
    await setUpOrganization(owner, url, OWNER);
    await owner.goto(`${url}/admin/teams`);
    await owner.getByLabel('Team name').fill(TEAM);
    await owner.getByRole('button', { name: 'Create team' }).click();
    await owner.getByRole('link', { name: TEAM }).waitFor();

    // When the owner opens the library, then the seeded Prospecting dialing template is there.
    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    const template = owner.getByRole('article', { name: 'Prospecting dialing' });
    await template.waitFor();
    await saveScreenshot(owner, 'studio-01-library');

    // When they use it for the team, then its copy opens in the studio.
    await template.getByLabel('Team').selectOption({ label: TEAM });
    await template.getByLabel('Name of the copy').fill('Prospecting dialing (Acme Realty)');
    await template.getByRole('button', { name: 'Use template' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Prospecting dialing (Acme Realty)' }).waitFor();
    await shape(owner, 'Run dialing session').waitFor();
    await owner.getByText('From the template “Prospecting dialing”').waitFor();
    await saveScreenshot(owner, 'studio-02-copy-opened');
    const processPath = new URL(owner.url()).pathname;

    // When they rename the Agent role in the side panel, then the lane is renamed on the diagram and the draft is saved.
    const roles = owner.getByRole('complementary', { name: 'Documentation' });
    const agent = roles.getByRole('group', { name: 'Agent', exact: true });
    await agent.getByLabel('Role name').fill('Listing agent');
    await agent.getByLabel('Role name').press('Enter');
    await owner.locator('.studio-canvas .djs-element[data-element-id^="Lane"]', { hasText: 'Listing agent' }).waitFor();
    await waitUntilSaved(owner);
    await owner.getByText('Draft of version 2').waitFor();
    await saveScreenshot(owner, 'studio-03-lane-renamed');

    // When they replace the session's end with a new task followed by a new end (with the diagram's context pad).
    // An event's name is drawn outside it, so the end event is found by its id in the template.
    await owner.locator('.studio-canvas [data-element-id="SessionClosed"]').click();
    await owner.locator('.djs-context-pad [data-action="delete"]').click();
    await shape(owner, 'Log session results').click();
    await owner.locator('.djs-context-pad [data-action="append.append-task"]').click();
    // Appending opens the new task's label for typing.
    await owner.keyboard.type(NEW_TASK);
    await owner.locator('.studio-canvas svg').first().click({ position: { x: 400, y: 40 } });
    await shape(owner, NEW_TASK).click();
    await owner.locator('.djs-context-pad [data-action="append.end-event"]').click();
    await owner.keyboard.type('Callbacks scheduled');
    await owner.locator('.studio-canvas svg').first().click({ position: { x: 400, y: 40 } });

    // And document the new task in the Step tab.
    await shape(owner, NEW_TASK).click();
    await owner.getByRole('tab', { name: 'Step' }).click();
    await owner.getByRole('heading', { name: new RegExp(`^${NEW_TASK}`) }).waitFor();
    await owner.getByLabel('Instructions').fill('Book every **callback** the contact asked for, in *their* time zone.');
    await owner.getByLabel('New checklist item').fill('Callback booked in the CRM');
    await owner.getByRole('button', { name: 'Add item' }).click();
    await owner.getByLabel('Checklist item 1', { exact: true }).waitFor();
    await owner.getByLabel('Due within').fill('PT4H');
    await owner.getByText('Within 4 hours.').waitFor();
    await owner.getByRole('button', { name: 'Preview Instructions' }).click();
    await owner.getByRole('region', { name: 'Instructions (preview)' }).locator('strong', { hasText: 'callback' }).waitFor();

    // Then the draft is saved with no error left, and publishing is allowed.
    await waitUntilSaved(owner);
    await owner.getByRole('tab', { name: /Problems/ }).click();
    await owner.getByText('No problems: the process can be published.').waitFor();
    await saveScreenshot(owner, 'studio-04-task-documented');

    // When they publish, then version 2 is published.
    await owner.getByRole('button', { name: 'Publish' }).click();
    await owner.getByRole('status').filter({ hasText: 'Version 2 published.' }).waitFor();
    await saveScreenshot(owner, 'studio-05-published');

    // When they compare version 1 with version 2.
    await owner.getByRole('tab', { name: 'Versions' }).click();
    await owner.getByLabel('From version').selectOption('1');
    await owner.getByLabel('To version').selectOption('2');
    await owner.getByRole('button', { name: 'Show differences' }).click();
    await owner.getByRole('heading', { level: 1, name: /changes from version 1 to 2/ }).waitFor();

    // Then the new task is marked as added on the newer diagram and listed, and the renamed lane as changed.
    const after = owner.getByRole('region', { name: 'Diagram: Version 2, after' });
    await after.locator('.djs-element.diff-added', { hasText: NEW_TASK }).waitFor();
    await after.locator('.diff-badge-added').first().waitFor();
    const before = owner.getByRole('region', { name: 'Diagram: Version 1, before' });
    await before.locator('.djs-element.diff-removed[data-element-id="SessionClosed"]').waitFor();
    await owner.getByRole('row').filter({ hasText: NEW_TASK }).getByText('+ Added').waitFor();
    await owner.getByRole('row').filter({ hasText: 'Listing agent' }).getByText('~ Changed').waitFor();
    await saveScreenshot(owner, 'studio-06-diff');

    // And the handbook of version 2 lists the new step under its role with its checklist.
    await owner.goto(`${url}${processPath}/handbook?version=2`);
    await owner.getByRole('heading', { level: 1, name: 'Prospecting dialing (Acme Realty)' }).waitFor();
    await owner.getByRole('heading', { level: 4, name: new RegExp(`^${NEW_TASK}`) }).waitFor();
    await owner.getByText('Callback booked in the CRM').waitFor();
    await owner.getByRole('img', { name: /Diagram of/ }).waitFor();
    await saveScreenshot(owner, 'studio-07-handbook');

    // When the owner and a second editor (the same owner in another browser) both edit the published process.
    const otherContext = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    otherContext.setDefaultTimeout(15_000);
    const other = await otherContext.newPage();
    await other.goto(`${url}/login`);
    await other.getByLabel('Email').fill(OWNER.email);
    await other.getByLabel('Password').fill(OWNER.password);
    await other.getByLabel('Password').press('Enter');
    await other.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await other.goto(`${url}${processPath}`);
    await owner.goto(`${url}${processPath}`);
    await other.getByLabel('Objective').waitFor();
    await owner.getByLabel('Objective').fill('Objective written first, by the owner.');
    await waitUntilSaved(owner);
    await other.getByLabel('Objective').fill('Objective written second, from the other browser.');

    // Then the second save is refused with a clear message, and reloading shows the first one's text.
    await other.getByRole('alert').filter({ hasText: 'Someone else saved this draft since you opened it.' }).waitFor();
    await other.locator('[data-save-state="conflict"]', { hasText: 'Not saved' }).waitFor();
    await saveScreenshot(other, 'studio-08-draft-conflict');
    await other.getByRole('button', { name: 'Reload the draft' }).click();
    await other.getByText('Draft of version 3').waitFor();
    await expectValue(other.getByLabel('Objective'), 'Objective written first, by the owner.');
    await otherContext.close();
  }, 180_000);

  it('edits gateway conditions with undo, previews a template update against the copy, keeps it available when discarded, retires, deletes and renames', async () => {
    // Given the owner of the first test, logged in again.
    const url = suite.server.url;
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    const owner = await context.newPage();
    suite.page = owner;
    await owner.goto(`${url}/login`);
    await owner.getByLabel('Email').fill(OWNER.email);
    await owner.getByLabel('Password').fill(OWNER.password);
    await owner.getByLabel('Password').press('Enter');
    await owner.getByRole('heading', { level: 1, name: 'Library' }).waitFor();

    // When they copy the template for the team once more.
    const template = owner.getByRole('article', { name: 'Prospecting dialing' });
    await template.getByLabel('Team').selectOption({ label: TEAM });
    await template.getByLabel('Name of the copy').fill('Dialing with conditions');
    await template.getByRole('button', { name: 'Use template' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Dialing with conditions' }).waitFor();
    await shape(owner, 'Run dialing session').waitFor();
    const copyPath = new URL(owner.url()).pathname;

    // And select the "yes" flow of "Lead found?" (by its label), then its condition shows in the Step tab.
    await owner.locator('.studio-canvas [data-element-id="Flow_Lead_label"]').click();
    const condition = owner.getByLabel('Condition (FEEL)');
    await expectValue(condition, 'leadFound = true');

    // When they type an unfinished condition, then the server's rule says it is not valid FEEL, before anything is saved.
    await condition.fill('leadFound = ');
    await owner.getByText(/is not valid FEEL/).waitFor();
    await saveScreenshot(owner, 'studio-09-condition-invalid');
    await condition.fill('leadFound = true and appointmentWanted = true');
    await owner.getByText('Valid FEEL.').waitFor();
    await condition.press('Enter');
    await waitUntilSaved(owner);
    await owner.getByText('Draft of version 2').waitFor();

    // Then undo and redo take the condition back and forth.
    const tools = owner.getByRole('toolbar', { name: 'Diagram tools' });
    await tools.getByRole('button', { name: 'Undo' }).click();
    await expectValue(condition, 'leadFound = true');
    await tools.getByRole('button', { name: 'Redo' }).click();
    await expectValue(condition, 'leadFound = true and appointmentWanted = true');
    await waitUntilSaved(owner);

    // When the "no" flow stops being the gateway's default, then publishing is blocked by the missing condition; undo restores it.
    await owner.locator('.studio-canvas [data-element-id="Flow_NoLead_label"]').click();
    const isDefault = owner.getByLabel(/^Default flow of “Lead found\?”/);
    expect(await isDefault.isChecked()).toBe(true);
    await isDefault.uncheck();
    await waitUntilSaved(owner);
    await owner.getByRole('tab', { name: /Problems/ }).click();
    await owner.getByText(/Give this flow a condition, or make it the default of "Lead found\?"/).waitFor();
    await saveScreenshot(owner, 'studio-10-default-flow-removed');
    await tools.getByRole('button', { name: 'Undo' }).click();
    await waitUntilSaved(owner);
    await owner.getByText('No problems: the process can be published.').waitFor();
    await owner.getByRole('button', { name: 'Publish' }).click();
    await owner.getByRole('status').filter({ hasText: 'Version 2 published.' }).waitFor();

    // Given the template then gets a version 2 with a new objective.
    await owner.goto(`${url}/processes`);
    await owner.getByRole('region', { name: 'Library templates' }).getByRole('link', { name: 'Prospecting dialing' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Prospecting dialing' }).waitFor();
    await owner.getByLabel('Objective').fill('Book appointments with motivated sellers, and log every dial the same day.');
    await waitUntilSaved(owner);
    await owner.getByRole('button', { name: 'Publish' }).click();
    await owner.getByRole('status').filter({ hasText: 'Version 2 published.' }).waitFor();

    // When the owner previews the update of the copy, then it is compared with the copy as the team runs it (its own condition included).
    await owner.goto(`${url}/processes`);
    await owner.getByRole('row').filter({ hasText: 'Dialing with conditions' }).getByRole('link', { name: 'Update available: version 2' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Dialing with conditions: update to template version 2' }).waitFor();
    const current = owner.getByRole('region', { name: 'Diagram: Your process, version 2 (now)' });
    // A connection's group has no box of its own, so it counts as attached rather than visible.
    await current.locator('.djs-element.diff-changed[data-element-id="Flow_Lead"]').waitFor({ state: 'attached' });
    await owner.getByRole('row').filter({ hasText: 'yes' }).getByText('condition').waitFor();
    await owner.getByText('objective', { exact: true }).waitFor();
    await saveScreenshot(owner, 'studio-11-update-preview');

    // When they take it, then the copy's draft holds it; when they discard that draft, the update is still available.
    await owner.getByRole('button', { name: 'Take update (version 2)' }).click();
    await owner.getByText(/This draft holds template version 2/).waitFor();
    await owner.getByRole('tab', { name: 'Versions' }).click();
    await owner.getByRole('button', { name: 'Discard the draft' }).click();
    await owner.getByRole('button', { name: 'Yes, discard' }).click();
    await owner.getByText('Version 2 (published)').waitFor();
    await owner.goto(`${url}/processes`);
    await owner.getByRole('row').filter({ hasText: 'Dialing with conditions' }).getByRole('link', { name: 'Update available: version 2' }).waitFor();

    // When they retire the copy, then it leaves the list unless retired ones are shown.
    await owner.goto(`${url}${copyPath}`);
    await owner.locator('summary', { hasText: 'Retire or delete' }).click();
    await owner.getByRole('button', { name: 'Retire process' }).click();
    await owner.getByRole('button', { name: 'Yes, retire' }).click();
    await owner.getByText(/Retired: no new runs start on it/).waitFor();
    await saveScreenshot(owner, 'studio-12-retired');
    await owner.goto(`${url}/processes`);
    await owner.getByRole('link', { name: 'Prospecting dialing (Acme Realty)' }).waitFor();
    expect(await owner.getByRole('link', { name: 'Dialing with conditions' }).count()).toBe(0);
    await owner.getByLabel('Show retired processes').check();
    await owner.getByRole('row').filter({ hasText: 'Dialing with conditions' }).getByText('Retired').waitFor();

    // When they delete it (it never ran), then it is gone.
    await owner.getByRole('link', { name: 'Dialing with conditions' }).click();
    // A retired process opens with this section open, saying since when.
    await owner.getByRole('button', { name: 'Put back in use' }).waitFor();
    await owner.getByRole('button', { name: 'Delete process' }).click();
    await owner.getByRole('button', { name: 'Yes, delete' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Processes' }).waitFor();
    await owner.getByLabel('Show retired processes').check();
    await owner.getByRole('link', { name: 'Prospecting dialing (Acme Realty)' }).waitFor();
    expect(await owner.getByRole('link', { name: 'Dialing with conditions' }).count()).toBe(0);

    // When they rename the call script, then its page shows the new name.
    await owner.getByRole('link', { name: 'Prospecting call script' }).click();
    await owner.getByLabel('Script name').fill('Prospecting call script (2027)');
    await owner.getByLabel('Script name').press('Enter');
    await owner.getByRole('heading', { level: 1, name: 'Prospecting call script (2027)' }).waitFor();
    await owner.goto(`${url}/processes`);
    await owner.getByRole('link', { name: 'Prospecting call script (2027)' }).waitFor();
    await context.close();
  }, 180_000);
});
