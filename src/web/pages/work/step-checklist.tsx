/** The step's checklist with boxes to tick while working; the ticks stay in this browser for this task only. */
import { useEffect, useState } from 'react';

export interface StepChecklistProps {
  taskId: number;
  items: readonly string[];
}

function storageKey(taskId: number): string {
  return `swimlane.checklist.${taskId}`;
}

function readTicks(taskId: number): boolean[] {
  try {
    return JSON.parse(localStorage.getItem(storageKey(taskId)) ?? '[]') as boolean[];
  } catch {
    return [];
  }
}

export function StepChecklist({ taskId, items }: StepChecklistProps) {
  const [ticks, setTicks] = useState<boolean[]>(() => readTicks(taskId));
  useEffect(() => localStorage.setItem(storageKey(taskId), JSON.stringify(ticks)), [taskId, ticks]);
  const done = items.filter((_, index) => ticks[index]).length;
  return (
    <fieldset className="step-checklist">
      <legend>
        Checklist <span className="muted">({done} of {items.length} done)</span>
      </legend>
      {items.map((item, index) => (
        <label key={index} className="checkbox">
          <input
            type="checkbox"
            checked={ticks[index] ?? false}
            onChange={(event) => setTicks((current) => Object.assign([...current], { [index]: event.target.checked }))}
          />
          {item}
        </label>
      ))}
      <p className="field-hint">Ticks are kept in this browser as your own reminder.</p>
    </fieldset>
  );
}
