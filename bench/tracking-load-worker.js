/**
 * The tracking benchmark's HTTP clients, in a child process so they share neither the server's event loop nor its CPU
 * account: either many VAs each logging one dial per request, or one dialer posting prepared batches. Answers
 * latencies in milliseconds. Plain JavaScript, so it starts without a TypeScript loader; fetch keeps connections
 * alive (undici).
 */
import { randomUUID } from 'node:crypto';

const workerData = await new Promise((resolve) => process.once('message', resolve));
const { mode, url } = workerData;

async function post(token, body) {
  const started = performance.now();
  const answer = await fetch(`${url}/api/events`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
  const text = await answer.text();
  const milliseconds = performance.now() - started;
  if (answer.status !== 200) throw new Error(`POST /api/events answered ${answer.status}: ${text.slice(0, 300)}`);
  return { milliseconds, result: JSON.parse(text) };
}

const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Each VA logs a dial, waits for the answer, then waits for its next dial's time (none when `intervalMs` is 0). */
async function runDials() {
  const { vas, teamId, processId, dispositions, warmupSeconds, seconds, intervalMs } = workerData;
  const start = performance.now();
  const measureFrom = start + warmupSeconds * 1000;
  const deadline = measureFrom + seconds * 1000;
  const latencies = [];
  let accepted = 0;
  let sent = 0;
  const va = async (member, index) => {
    // Spread the VAs' first dials over one interval, as people do not start in step.
    let next = start + (intervalMs ? (index / vas.length) * intervalMs : 0);
    for (let dial = 0; ; dial++) {
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      const sentAt = performance.now();
      if (sentAt >= deadline) return;
      const event = {
        clientId: randomUUID(),
        kind: 'dial',
        teamId,
        processId,
        disposition: dispositions[(index * 7 + dial) % dispositions.length],
        phoneNumber: `(512) 555-${String((index * 37 + dial) % 10_000).padStart(4, '0')}`,
        list: dial % 3 === 0 ? 'Expired' : 'FSBO',
        occurredAt: new Date().toISOString(),
      };
      const { milliseconds, result } = await post(member.token, JSON.stringify({ events: [event] }));
      sent++;
      accepted += result.accepted;
      if (sentAt >= measureFrom) latencies.push(milliseconds);
      next = Math.max(next + intervalMs, intervalMs ? 0 : performance.now());
    }
  };
  await Promise.all(vas.map(va));
  return { latencies, accepted, sent, seconds: (Math.min(performance.now(), deadline) - measureFrom) / 1000 };
}

/** Posts the prepared bodies one after another (`concurrency` at a time). */
async function runBatches() {
  const { token, bodies, concurrency } = workerData;
  const latencies = [];
  let accepted = 0;
  let next = 0;
  const started = performance.now();
  const sender = async () => {
    while (next < bodies.length) {
      const { milliseconds, result } = await post(token, bodies[next++]);
      latencies.push(milliseconds);
      accepted += result.accepted;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, sender));
  return { latencies, accepted, sent: bodies.length, seconds: (performance.now() - started) / 1000 };
}

let answer;
try {
  answer = { ok: true, ...(mode === 'dials' ? await runDials() : await runBatches()) };
} catch (error) {
  answer = { ok: false, message: error instanceof Error ? error.stack : String(error) };
}
process.send(answer, () => process.exit(0));
