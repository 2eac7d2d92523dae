/**
 * The setup page's demo option: creates the demo agency on an empty installation in the background, one at a time per
 * server process, and tells the page how far it got (the page then signs in as the demo's owner).
 */
import type { Kysely } from 'kysely';
import type { DemoSetupStatus } from '../../api/schemas/auth.ts';
import type { Database } from '../../store/tables.ts';
import type { DemoOptions } from './plan-demo.ts';

export interface DemoSetupJob {
  status(): DemoSetupStatus;
  isRunning(): boolean;
  /** Starts the demo; its outcome is read through `status`. */
  start(db: Kysely<Database>, options: DemoOptions, passwordHash: string): void;
}

export function createDemoSetupJob(onFailure: (error: unknown) => void): DemoSetupJob {
  let state: DemoSetupStatus = { state: 'idle', done: 0, total: 0, events: 0, email: null, error: null };
  return {
    status: () => ({ ...state }),
    isRunning: () => state.state === 'running',
    start(db, options, passwordHash) {
      state = { state: 'running', done: 0, total: 0, events: 0, email: options.ownerEmail, error: null };
      void (async () => {
        try {
          const { seedDemoOrganization } = await import('./seed-demo-organization.ts');
          await seedDemoOrganization(db, options, passwordHash, {
            onlyIfFirst: true,
            leadDays: 30,
            onProgress: (progress) => {
              state = { ...state, done: progress.done, total: progress.total, events: progress.events };
            },
          });
          state = { ...state, state: 'done', done: state.total };
        } catch (error) {
          onFailure(error);
          state = { ...state, state: 'failed', error: error instanceof Error ? error.message : String(error) };
        }
      })();
    },
  };
}
