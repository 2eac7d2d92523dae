/** Puts each disposition of a process's set on a key of the keyboard's top row (1-9, 0, then - and =), in the set's order. */
import type { ProcessDocumentation } from '../../../../api/schemas/process-documentation.ts';

export type Disposition = ProcessDocumentation['dispositions'][number];

/** The keys in the order dispositions get them: the digits as they sit on the keyboard, then the two keys beside 0. */
export const DISPOSITION_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-', '='] as const;

export interface KeyedDisposition {
  disposition: Disposition;
  /** null when the set has more dispositions than keys: that one is a button only. */
  key: string | null;
}

export function assignDispositionKeys(dispositions: readonly Disposition[]): KeyedDisposition[] {
  return dispositions.map((disposition, index) => ({ disposition, key: DISPOSITION_KEYS[index] ?? null }));
}

/** The disposition a key press logs, or undefined when the key logs none. */
export function dispositionOfKey(keyed: readonly KeyedDisposition[], key: string): Disposition | undefined {
  return keyed.find((candidate) => candidate.key === key)?.disposition;
}
