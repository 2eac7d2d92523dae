/** `npm run bench -- engine`: prospecting lifecycles per second: `advance` in memory and persisted (SQLite, PostgreSQL) beside bpmn-engine in memory. */
import { readFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';
import { BpmnModdle } from 'bpmn-moddle';
import { Engine } from 'bpmn-engine';
import { loadProcess } from '../src/bpmn/load-process.ts';
import type { CompiledProcess } from '../src/bpmn/compiled-process.ts';
import { advance } from '../src/engine/advance.ts';
import { feelScriptsForBpmnEngine } from '../src/engine/testing/feel-scripts-for-bpmn-engine.ts';
import { BENCH_POSTGRES_URL, createPersistedBench, isBenchPostgresReachable, type PersistedBench } from './persisted-lifecycle.ts';

const NOW = '2025-03-03T14:00:00.000Z';
/** Three dialing sessions in ten find a lead. */
const leadFoundFor = (run: number) => run % 10 < 3;
/** Realistic start variables that differ per run. */
const startVariables = (run: number) => ({ campaignId: 1000 + run, leadSource: run % 2 ? 'expired' : 'fsbo', scriptVersion: 'v2' });

export interface BenchRow {
  engine: string;
  lifecycles: number | null;
  seconds: number | null;
  perSecond: number | null;
  note?: string;
}

/** start -> every task completed -> end, entirely through `advance`. */
function runOurLifecycle(process: CompiledProcess, run: number): number {
  let { state } = advance(process, null, { type: 'start', variables: startVariables(run) }, NOW);
  let commands = 1;
  while (state.status === 'running') {
    let taskId = '';
    for (const id in state.tasks) {
      taskId = id;
      break;
    }
    const elementId = state.tasks[taskId]!.elementId;
    const variables = elementId === 'DialingSession' ? { leadFound: leadFoundFor(run), dials: 45, talkTos: 5 } : undefined;
    ({ state } = advance(process, state, { type: 'completeTask', taskId, ...(variables ? { variables } : {}) }, NOW));
    commands++;
  }
  if (state.status !== 'completed') throw new Error(`lifecycle ended ${state.status}`);
  return commands;
}

function runTheirLifecycle(source: { source?: string; moddleContext?: unknown }, run: number, handOffs?: { count: number }): Promise<void> {
  const listener = new EventEmitter();
  listener.on('wait', (api: { id: string; signal(message?: unknown): void; environment: { variables: Record<string, unknown> } }) => {
    // The task's output, as the run's variable the gateway reads (bpmn-engine keeps signal payloads apart from variables).
    if (api.id === 'DialingSession') Object.assign(api.environment.variables, { leadFound: leadFoundFor(run), dials: 45, talkTos: 5 });
    api.signal();
  });
  if (handOffs) listener.on('activity.end', (api: { id: string }) => api.id === 'HandOffLead' && handOffs.count++);
  const engine = new Engine({ name: `bench-${run}`, ...source, variables: startVariables(run), scripts: feelScriptsForBpmnEngine as never });
  return new Promise<void>((resolve, reject) => {
    engine.once('end', () => resolve());
    engine.once('error', reject);
    engine.execute({ listener }).catch(reject);
  });
}

async function measure(label: string, seconds: number, lifecycle: (run: number) => unknown): Promise<BenchRow> {
  for (let run = 0; run < 20; run++) await lifecycle(run); // warm-up
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let count = 0;
  while (performance.now() < deadline) {
    // Batches keep the clock reads out of the measured work for the fast engine.
    for (let index = 0; index < 50 && performance.now() < deadline; index++) await lifecycle(count++);
  }
  const elapsed = (performance.now() - started) / 1000;
  return { engine: label, lifecycles: count, seconds: elapsed, perSecond: count / elapsed };
}

/** Like `measure`, with `concurrency` lifecycles in flight at once (what several requests at a time look like to the store). */
async function measureConcurrent(label: string, seconds: number, concurrency: number, lifecycle: (run: number) => Promise<unknown>): Promise<BenchRow> {
  for (let run = 0; run < 20; run++) await lifecycle(run); // warm-up
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let next = 0;
  const worker = async () => {
    while (performance.now() < deadline) await lifecycle(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return { engine: label, lifecycles: next, seconds: elapsed, perSecond: next / elapsed };
}

const countLeads = (runs: number) => Array.from({ length: runs }, (_, run) => leadFoundFor(run)).filter(Boolean).length;

/** Measures one persisted row on a fresh store, then checks every run completed with the expected leads (the warm-up's included). */
async function measurePersisted(bench: PersistedBench, label: string, seconds: number, concurrency: number): Promise<BenchRow> {
  try {
    const row =
      concurrency === 1
        ? await measure(label, seconds, (run) => bench.lifecycle(run))
        : await measureConcurrent(label, seconds, concurrency, (run) => bench.lifecycle(run));
    await bench.verify(countLeads(20) + countLeads(row.lifecycles!), 20 + row.lifecycles!);
    return row;
  } finally {
    await bench.dispose();
  }
}

const decisions = { now: NOW, startVariables, leadFound: leadFoundFor };

export async function runEngineBench(options: { seconds: number }): Promise<BenchRow[]> {
  const xml = await readFile(new URL('../src/engine/fixtures/prospecting.bpmn', import.meta.url), 'utf8');
  const { process, unsupported } = await loadProcess(xml);
  if (unsupported.length > 0) throw new Error(`prospecting.bpmn has unsupported elements: ${JSON.stringify(unsupported)}`);
  const moddleContext = await BpmnModdle().fromXML(xml);

  // Both engines must take the same decisions: check the lead share on both before timing anything.
  const theirHandOffs = { count: 0 };
  for (let run = 0; run < 20; run++) await runTheirLifecycle({ moddleContext }, run, theirHandOffs);
  const ourHandOffs = Array.from({ length: 20 }, (_, run) => leadFoundFor(run)).filter(Boolean).length;
  if (theirHandOffs.count !== ourHandOffs) throw new Error(`bpmn-engine handed off ${theirHandOffs.count} leads in 20 runs, expected ${ourHandOffs}`);

  const ours = await measure('advance, in memory', options.seconds, (run) => runOurLifecycle(process, run));
  const parsedOnce = await measure('bpmn-engine, in memory, XML parsed once', options.seconds, (run) => runTheirLifecycle({ moddleContext }, run));
  const parsedEachRun = await measure('bpmn-engine, in memory, XML parsed per run', options.seconds, (run) => runTheirLifecycle({ source: xml }, run));
  const sqlite = await measurePersisted(await createPersistedBench('sqlite', xml, decisions), 'advance, persisted on SQLite (one at a time)', options.seconds, 1);
  const postgresRows: BenchRow[] = [];
  if (await isBenchPostgresReachable()) {
    postgresRows.push(await measurePersisted(await createPersistedBench('postgres', xml, decisions), 'advance, persisted on PostgreSQL (one at a time)', options.seconds, 1));
    postgresRows.push(await measurePersisted(await createPersistedBench('postgres', xml, decisions), 'advance, persisted on PostgreSQL (8 at a time)', options.seconds, 8));
  } else {
    const note = `not measured: PostgreSQL not reachable at ${BENCH_POSTGRES_URL} (set SWIMLANE_BENCH_POSTGRES_URL)`;
    postgresRows.push({ engine: 'advance, persisted on PostgreSQL', lifecycles: null, seconds: null, perSecond: null, note });
  }
  return [ours, parsedOnce, parsedEachRun, sqlite, ...postgresRows];
}
