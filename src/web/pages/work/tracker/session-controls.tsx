/** Start, pause, resume and stop of the calling session, with its state said in words. */
import type { SessionClock } from './session-clock.ts';

export interface SessionControlsProps {
  clock: SessionClock | null;
  disabled: boolean;
  onStart: () => void;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
}

export function SessionControls({ clock, disabled, onStart, onPause, onResume, onStop }: SessionControlsProps) {
  const state = !clock ? 'No calling session' : clock.runningSince === null ? 'Session paused' : 'Session running';
  return (
    <div className="session-controls">
      <span className={`session-state${clock?.runningSince ? ' session-running' : ''}`} role="status">
        {state}
      </span>
      <span className="button-group">
        {!clock && (
          <button type="button" className="button-primary" disabled={disabled} onClick={onStart} aria-keyshortcuts="s">
            Start session <kbd>S</kbd>
          </button>
        )}
        {clock && clock.runningSince !== null && (
          <button type="button" disabled={disabled} onClick={onPause} aria-keyshortcuts="p">
            Pause <kbd>P</kbd>
          </button>
        )}
        {clock && clock.runningSince === null && (
          <button type="button" className="button-primary" disabled={disabled} onClick={onResume} aria-keyshortcuts="p">
            Resume <kbd>P</kbd>
          </button>
        )}
        {clock && (
          <button type="button" disabled={disabled} onClick={onStop} aria-keyshortcuts="s">
            Stop session <kbd>S</kbd>
          </button>
        )}
      </span>
    </div>
  );
}
