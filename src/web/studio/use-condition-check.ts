/** Checks a FEEL condition as the person types, with the server's own rule (the one publishing applies), a moment after they pause. */
import { useEffect, useState } from 'react';
import { api } from '../api.ts';

export type ConditionCheckState = { state: 'empty' } | { state: 'checking' } | { state: 'valid' } | { state: 'invalid'; message: string } | { state: 'unknown' };

const PAUSE_MS = 250;

export function useConditionCheck(expression: string): ConditionCheckState {
  const [result, setResult] = useState<ConditionCheckState>({ state: 'empty' });
  useEffect(() => {
    if (!expression.trim()) {
      setResult({ state: 'empty' });
      return;
    }
    let current = true;
    setResult({ state: 'checking' });
    const timer = setTimeout(() => {
      api
        .checkCondition(expression)
        .then((check) => current && setResult(check.valid ? { state: 'valid' } : { state: 'invalid', message: check.message ?? 'This is not valid FEEL.' }))
        // Offline or refused: say nothing rather than guess; the problem list checks again on save.
        .catch(() => current && setResult({ state: 'unknown' }));
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [expression]);
  return result;
}
