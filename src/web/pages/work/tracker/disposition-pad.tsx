/** The big disposition buttons, each with its key; pressing one (or its key) logs a dial. */
import type { KeyedDisposition } from './disposition-keys.ts';

export interface DispositionPadProps {
  keyed: readonly KeyedDisposition[];
  disabled: boolean;
  onPick: (entry: KeyedDisposition) => void;
}

/** What a disposition counts as, said briefly under its label. */
function describeOutcomes(countsAs: readonly string[]): string {
  if (countsAs.length === 0) return 'not a talk-to';
  const names: Record<string, string> = { talkTo: 'talk-to', lead: 'lead', appointmentSet: 'appointment', appointmentHeld: 'held', callback: 'callback', doNotCall: 'do-not-call' };
  return countsAs.map((outcome) => names[outcome] ?? outcome).join(' · ');
}

export function DispositionPad({ keyed, disabled, onPick }: DispositionPadProps) {
  return (
    <div className="disposition-pad" role="group" aria-label="Log a dial">
      {keyed.map((entry) => (
        <button
          key={entry.disposition.key}
          type="button"
          className={`disposition-button${entry.disposition.countsAs.includes('lead') ? ' disposition-lead' : entry.disposition.countsAs.includes('talkTo') ? ' disposition-talk' : ''}`}
          disabled={disabled}
          aria-keyshortcuts={entry.key ?? undefined}
          onClick={() => onPick(entry)}
        >
          {entry.key && (
            <kbd className="disposition-key" aria-hidden="true">
              {entry.key}
            </kbd>
          )}
          <span className="disposition-label">{entry.disposition.label}</span>
          <span className="disposition-outcomes">{describeOutcomes(entry.disposition.countsAs)}</span>
        </button>
      ))}
    </div>
  );
}
