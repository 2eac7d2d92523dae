/** What the process commands do, loaded when one runs. */
import fs from 'node:fs';
import { apiClientFromEnv, callApi } from '../api-client-from-env.ts';
import { CliError } from '../cli-error.ts';

export async function listProcesses(options: { team?: number; templates?: boolean; retired?: boolean; json?: boolean }): Promise<void> {
  const { processes } = await callApi(() =>
    apiClientFromEnv().listProcesses({ teamId: options.team, templates: options.templates ? true : undefined, includeRetired: options.retired ? true : undefined }),
  );
  if (options.json) return console.log(JSON.stringify(processes, null, 2));
  if (processes.length === 0) return console.log('No processes yet.');
  for (const process of processes) {
    const where = process.teamId === null ? 'library' : `team ${process.teamId}`;
    const state = [
      process.latestPublishedVersion === null ? 'not published' : `v${process.latestPublishedVersion} published`,
      process.hasDraft ? 'draft' : undefined,
      process.isTemplate ? 'template' : undefined,
      process.updateAvailable ? `template update v${process.updateAvailable} available` : undefined,
      process.retiredAt ? 'retired' : undefined,
    ].filter(Boolean);
    console.log(`${String(process.id).padStart(4)}  ${process.name}  (${where}; ${state.join(', ')})`);
  }
}

export async function importProcess(file: string, options: { team?: number; name?: string }): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const { process, warnings } = await callApi(() => apiClientFromEnv().importBpmn(new Uint8Array(bytes), { teamId: options.team, name: options.name }));
  console.log(`Imported process ${process.id}: ${process.name} (draft version 1${process.teamId === null ? ', in the library' : `, team ${process.teamId}`})`);
  for (const warning of warnings) console.error(`warning: ${warning}`);
}

export async function exportProcess(processId: number, options: { version?: number; format: string; output?: string }): Promise<void> {
  if (options.format !== 'bpmn' && options.format !== 'svg') throw new CliError(`--format must be bpmn or svg, got "${options.format}"`);
  const format = options.format;
  const text = await callApi(() => apiClientFromEnv().exportProcess(processId, { version: options.version, format }));
  if (!options.output) {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  fs.writeFileSync(options.output, text);
  console.log(`Wrote ${options.output} (${Buffer.byteLength(text)} bytes)`);
}
