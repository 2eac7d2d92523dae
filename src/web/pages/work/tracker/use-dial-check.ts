/** Asks the team's compliance guard about a number before its dial is logged, remembering the last answer for a minute. */
import { useCallback, useRef, useState } from 'react';
import type { DialCheck } from '../../../../api/schemas/compliance.ts';
import { api } from '../../../api.ts';
import { toApiError } from '../../../hooks/to-api-error.ts';

const REMEMBER_MS = 60_000;

/** checked: the guard's answer; unchecked: the server could not be asked (offline), with why. */
export type DialCheckOutcome = { status: 'checked'; check: DialCheck } | { status: 'unchecked'; reason: string } | { status: 'invalid'; reason: string };

export function useDialCheck(teamId: number) {
  const [outcome, setOutcome] = useState<DialCheckOutcome | null>(null);
  const [checking, setChecking] = useState(false);
  const last = useRef<{ number: string; at: number; outcome: DialCheckOutcome } | null>(null);

  const check = useCallback(
    async (number: string): Promise<DialCheckOutcome> => {
      const remembered = last.current;
      if (remembered && remembered.number === number && Date.now() - remembered.at < REMEMBER_MS && remembered.outcome.status === 'checked') {
        setOutcome(remembered.outcome);
        return remembered.outcome;
      }
      setChecking(true);
      let answer: DialCheckOutcome;
      try {
        answer = { status: 'checked', check: await api.checkDial(teamId, { number }) };
      } catch (caught) {
        const error = toApiError(caught);
        if (error.status === 400) answer = { status: 'invalid', reason: error.message.replace(/^number:? ?/, '') };
        else answer = { status: 'unchecked', reason: error.status === 0 ? 'offline: the number could not be checked against the do-not-call list and calling hours' : error.message };
      } finally {
        setChecking(false);
      }
      last.current = { number, at: Date.now(), outcome: answer };
      setOutcome(answer);
      return answer;
    },
    [teamId],
  );

  const clear = useCallback(() => setOutcome(null), []);
  return { outcome, checking, check, clear };
}
