/**
 * The run's variables as the task page shows them: the lead or callback a step is about first, under plain labels,
 * then any other simple value under its own name. Objects and lists are left to the run's page.
 */
const KNOWN: ReadonlyArray<{ key: string; label: string; kind?: 'instant' }> = [
  { key: 'leadName', label: 'Lead' },
  { key: 'leadPhone', label: 'Phone' },
  { key: 'callbackPhone', label: 'Phone' },
  { key: 'callbackAt', label: 'Call back at', kind: 'instant' },
  { key: 'callbackNote', label: 'Callback note' },
  { key: 'leadAddress', label: 'Address' },
  { key: 'leadMotivation', label: 'Motivation' },
  { key: 'leadTimeline', label: 'Timeline' },
  { key: 'leadSource', label: 'Lead source' },
  { key: 'list', label: 'List' },
  { key: 'leadNotes', label: 'Notes' },
];

/** Ids the page has no use for. */
const HIDDEN = new Set(['leadId', 'sourceTaskId', 'dialClientId']);

export interface RunFact {
  key: string;
  label: string;
  value: string;
  kind: 'text' | 'instant';
}

export function listRunFacts(variables: Readonly<Record<string, unknown>>): RunFact[] {
  const facts: RunFact[] = [];
  const shown = new Set<string>();
  const add = (key: string, label: string, kind: RunFact['kind']) => {
    const value = variables[key];
    if (shown.has(key) || HIDDEN.has(key) || value === null || value === undefined || value === '' || typeof value === 'object') return;
    shown.add(key);
    facts.push({ key, label, value: String(value), kind });
  };
  for (const known of KNOWN) add(known.key, known.label, known.kind ?? 'text');
  for (const key of Object.keys(variables).sort()) add(key, key, 'text');
  return facts;
}

/** The number the tracker starts with on this step: the callback's, else the lead's. */
export function phoneOfRun(variables: Readonly<Record<string, unknown>>): string {
  const phone = variables.callbackPhone ?? variables.leadPhone;
  return typeof phone === 'string' ? phone : '';
}
