/** Runs `swimlane demo`: reads or generates the owner's password, seeds the demo with a one-line progress display, prints the planted anomalies. */
import { randomBytes } from 'node:crypto';
import { Email, nameText } from '../../api/schemas/common.ts';
import { hashPassword } from '../../server/auth/password.ts';
import { readConfig } from '../../server/config.ts';
import type { DemoProgress } from '../../server/demo/write-demo-history.ts';
import { CliError } from '../cli-error.ts';
import { readPassword } from '../read-password.ts';
import { withStore } from '../with-store.ts';

export interface DemoCommandOptions {
  vas: string;
  days: string;
  seed: string;
  organization: string;
  email: string;
  passwordStdin?: boolean;
  end?: string;
  throughIngest?: boolean;
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new CliError(`${flag} must be a whole number from ${min} to ${max}`);
  return value;
}

/** One line, redrawn in place on a terminal; a line every 10% otherwise (logs, CI). */
function createProgressLine(stream: NodeJS.WriteStream): { update(progress: DemoProgress): void; finish(): void } {
  const startedAt = performance.now();
  let lastDraw = 0;
  let lastTenth = -1;
  const line = ({ done, total, events }: DemoProgress) => {
    const seconds = (performance.now() - startedAt) / 1000;
    const share = total ? done / total : 1;
    const width = 28;
    const filled = Math.round(share * width);
    const rate = seconds > 0 ? Math.round(events / seconds) : 0;
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${events.toLocaleString('en-US')} events  ${rate.toLocaleString('en-US')} rows/s  ${seconds.toFixed(0)} s`;
  };
  let last: DemoProgress | undefined;
  return {
    update(progress) {
      last = progress;
      const now = performance.now();
      if (stream.isTTY) {
        if (now - lastDraw < 100 && progress.done < progress.total) return;
        lastDraw = now;
        stream.write(`\r${line(progress)}`);
      } else {
        const tenth = Math.floor((progress.done / progress.total) * 10);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          stream.write(`${line(progress)}\n`);
        }
      }
    },
    finish() {
      if (stream.isTTY && last) stream.write(`\r${line(last)}\n`);
    },
  };
}

export async function runDemo(options: DemoCommandOptions): Promise<void> {
  const vas = wholeNumber('--vas', options.vas, 3, 2000);
  const days = wholeNumber('--days', options.days, 14, 3650);
  const seed = wholeNumber('--seed', options.seed, 0, 2 ** 31 - 1);
  const leadDays = 30;
  const email = Email.safeParse(options.email);
  if (!email.success) throw new CliError(`--email ${email.error.issues[0]?.message ?? 'is not valid'}`);
  const organization = nameText().safeParse(options.organization);
  if (!organization.success) throw new CliError(`--organization ${organization.error.issues[0]?.message ?? 'is not valid'}`);
  const endAtMs = options.end === undefined ? Date.now() : Date.parse(options.end);
  if (!Number.isFinite(endAtMs)) throw new CliError('--end must be an ISO-8601 instant such as 2026-06-10T21:00:00Z');
  if (endAtMs > Date.now() + 60_000) throw new CliError('--end must not be in the future');

  let password: string;
  let generated = false;
  if (options.passwordStdin) password = await readPassword(true);
  else {
    password = randomBytes(18).toString('base64url');
    generated = true;
  }
  const passwordHash = await hashPassword(password, readConfig().passwordHashing);
  const { seedDemoOrganization } = await import('../../server/demo/seed-demo-organization.ts');
  await withStore(async (store) => {
    const progress = createProgressLine(process.stderr);
    const startedAt = performance.now();
    let result;
    try {
      result = await seedDemoOrganization(store.db, { vas, days, seed, organization: organization.data, ownerEmail: email.data, endAtMs }, passwordHash, { leadDays, throughIngest: Boolean(options.throughIngest), onProgress: (state) => progress.update(state) });
    } catch (error) {
      if (error instanceof RangeError) throw new CliError(error.message);
      if (error instanceof Error && /exists and .* is not its owner|already a member/.test(error.message)) throw new CliError(error.message);
      throw error;
    }
    progress.finish();
    const seconds = (performance.now() - startedAt) / 1000;
    const { manifest, written, leads, created, plan } = result;
    console.log(
      `${created ? 'Created' : 'Found'} "${manifest.organization.name}": ${plan.teams.length} clients, ${plan.vas.length} VAs, ${manifest.from} to ${manifest.to}; ` +
        `${written.accepted.toLocaleString('en-US')} events stored, ${written.duplicates.toLocaleString('en-US')} already there, in ${seconds.toFixed(1)} s.`,
    );
    if (leads.handedOff > 0) {
      console.log(
        `${leads.handedOff.toLocaleString('en-US')} leads of the last ${leadDays} days handed off: ${leads.followedUp.toLocaleString('en-US')} followed up ` +
          `(${leads.followedUpLate.toLocaleString('en-US')} after the hour), ${leads.open} still waiting.`,
      );
    }
    if (created) {
      console.log(generated ? `Owner ${email.data}, password (shown once): ${password}` : `Owner ${email.data}, with the password given.`);
      console.log('Every demo team lead and VA signs in with the same password (their emails are on the Admin page).');
    }
    console.log('Planted anomalies (what the alerts and the comparison must find):');
    for (const anomaly of manifest.anomalies) console.log(`  - ${anomaly.rule}: ${anomaly.what}${anomaly.checkAt ? ` (check at ${anomaly.checkAt})` : ''}`);
  });
}
