/** `npm run bench -- <name>`: runs one benchmark and prints its table with the machine it ran on. */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { runEngineBench, type BenchRow } from './engine-bench.ts';
import { parseKpiBenchArguments } from './kpi-bench-arguments.ts';
import { runKpiBench } from './kpi-bench.ts';
import { formatTrackingTable, runTrackingBench } from './tracking-bench.ts';

/** Each benchmark prints its own table. */
const BENCHES: Record<string, () => Promise<void>> = {
  engine: async () => printTable('prospecting lifecycle (start -> every task -> end, 30% find a lead)', await runEngineBench({ seconds: Number(process.env.BENCH_SECONDS ?? 5) })),
  tracking: async () =>
    console.log(
      formatTrackingTable(
        await runTrackingBench({
          seconds: Number(process.env.BENCH_SECONDS ?? 10),
          vas: 200,
          batches: Number(process.env.BENCH_BATCHES ?? 50),
          batchSize: 1000,
          postgresBatches: Number(process.env.BENCH_POSTGRES_BATCHES ?? 10),
        }),
      ),
    ),
  // `npm run bench -- kpi --events 200k --postgres-events 100k --reuse`: see bench/kpi-bench-arguments.ts.
  kpi: async () => {
    let options;
    try {
      options = parseKpiBenchArguments(process.argv.slice(3));
    } catch (error) {
      console.error((error as Error).message);
      process.exit(2);
    }
    await runKpiBench(options);
  },
};

function describeMachine(): string {
  const cpu = /model name\s*:\s*(.+)/.exec(safeRead('/proc/cpuinfo'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown CPU';
  const cores = safeExec('nproc') || String(os.availableParallelism());
  return `${cores} cores, ${cpu}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function safeExec(command: string): string {
  try {
    return execSync(command, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function printTable(title: string, rows: BenchRow[]): void {
  const reference = rows.find((row) => row.engine.startsWith('bpmn-engine') && row.perSecond !== null)?.perSecond ?? null;
  const lines = [
    `| ${title} | lifecycles | seconds | lifecycles/s | vs bpmn-engine (XML parsed once) |`,
    '|---|---:|---:|---:|---:|',
    ...rows.map((row) =>
      row.perSecond === null
        ? `| ${row.engine} | | | ${row.note ?? 'not measured'} | |`
        : `| ${row.engine} | ${row.lifecycles} | ${row.seconds!.toFixed(2)} | ${row.perSecond.toFixed(1)} | ${reference ? `${(row.perSecond / reference).toFixed(1)}x` : ''} |`,
    ),
  ];
  console.log(lines.join('\n'));
}

const name = process.argv[2] ?? 'engine';
const bench = BENCHES[name];
if (!bench) {
  console.error(`unknown benchmark "${name}"; available: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
console.log(`machine: ${describeMachine()}`);
await bench();
// bpmn-engine leaves cancelled timers' handles behind; the benchmark is over.
process.exit(0);
