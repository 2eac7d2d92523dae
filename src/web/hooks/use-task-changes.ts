/**
 * Calls `onChange` when tasks of the signed-in person's teams change (a task arrived, was claimed, completed or
 * escalated), from the server's event stream; EventSource reconnects by itself after a drop or the stream's end.
 * A slow fallback reload covers a stream a proxy keeps from arriving.
 */
import { useEffect, useRef } from 'react';

const FALLBACK_RELOAD_MS = 60_000;

export function useTaskChanges(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => {
    const source = new EventSource('/api/tasks/events');
    const changed = () => latest.current();
    source.addEventListener('tasks', changed);
    const fallback = setInterval(changed, FALLBACK_RELOAD_MS);
    return () => {
      clearInterval(fallback);
      source.removeEventListener('tasks', changed);
      source.close();
    };
  }, []);
}
