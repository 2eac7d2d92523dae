/** Polls for due run timers and timer start events in the background of a server process, one pass at a time; beside them it sends due webhook deliveries and runs the periodic webhook checks. */
import { deliverDueWebhooks } from '../webhooks/deliver-due-webhooks.ts';
import { runWebhookChecks, WEBHOOK_CHECK_INTERVAL_MS } from '../webhooks/run-webhook-checks.ts';
import { createWorkerId, runDueTimers } from './due-timer-worker.ts';
import type { Runner } from './runner.ts';
import { runDueStartTimers } from './start-timer-worker.ts';

export interface TimerPoller {
  stop(): Promise<void>;
}

/** Polls every `intervalMs` for due run timers and timer start events (at once again while passes come back full) until stopped; a failing pass is logged and the next one tries again. */
export function startTimerPoller(runner: Runner, options: { intervalMs?: number; leaseMs?: number; workerId?: string } = {}): TimerPoller {
  const intervalMs = options.intervalMs ?? 1000;
  const workerId = options.workerId ?? createWorkerId();
  const limit = 100;
  let stopped = false;
  let timeout: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  // Webhooks wait on other servers (up to their timeout), so they run beside the timer passes, never in their way: one webhook pass at a time.
  let webhooks: Promise<void> | null = null;
  let lastCheckAt = 0;
  const startWebhookPass = () => {
    if (webhooks || stopped) return;
    webhooks = (async () => {
      try {
        if (Date.now() - lastCheckAt >= WEBHOOK_CHECK_INTERVAL_MS) {
          lastCheckAt = Date.now();
          await runWebhookChecks(runner.db, new Date().toISOString(), runner.log);
        }
        while (!stopped && (await deliverDueWebhooks(runner, { now: new Date().toISOString(), workerId, limit: 50 })).claimed === 50);
      } catch (error) {
        runner.log.error({ err: error }, 'webhook delivery pass failed');
      }
    })().finally(() => {
      webhooks = null;
    });
  };

  const tick = async () => {
    startWebhookPass();
    try {
      for (;;) {
        const pass = await runDueTimers(runner, { now: new Date().toISOString(), workerId, leaseMs: options.leaseMs, limit });
        const starts = await runDueStartTimers(runner, { now: new Date().toISOString(), workerId, leaseMs: options.leaseMs, limit });
        if (stopped || (pass.claimed < limit && starts.claimed < limit)) break;
      }
    } catch (error) {
      runner.log.error({ err: error }, 'due timer pass failed');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timeout = setTimeout(() => {
      current = tick().finally(schedule);
    }, intervalMs);
    timeout.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timeout);
      await current;
      await webhooks;
    },
  };
}
