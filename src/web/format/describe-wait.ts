/** What a token waits for, in words, for the diagram's badges and the "where the run is" list. */
const WAITS: Record<string, string> = {
  task: 'waiting for a person to do the task',
  serviceTask: 'running a service task',
  subProcess: 'inside the sub-process',
  multiInstance: 'running its instances',
  event: 'waiting for an event (a timer or a message)',
  eventGateway: 'waiting for the first of several events',
  incident: 'stopped by an incident',
};

export function describeWait(waiting: string | null): string {
  return waiting === null ? 'moving on' : (WAITS[waiting] ?? `waiting (${waiting})`);
}
