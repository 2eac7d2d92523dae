/**
 * The dialing tracker of a step that tracks dispositions: one key per dial, live counters, the calling session, undo,
 * the compliance guard on the number, the lead and callback forms, and every entry queued in the browser until synced.
 */
import { useEffect, useRef, useState } from 'react';
import type { ProcessDocumentation } from '../../../../api/schemas/process-documentation.ts';
import { CallbackForm } from './callback-form.tsx';
import { assignDispositionKeys, dispositionOfKey, type Disposition, type KeyedDisposition } from './disposition-keys.ts';
import { DispositionPad } from './disposition-pad.tsx';
import { EntryLog } from './entry-log.tsx';
import { isTypingTarget } from './is-typing-target.ts';
import { LeadForm } from './lead-form.tsx';
import { looksLikePhoneNumber, PHONE_NUMBER_HINT } from './looks-like-phone-number.ts';
import { describeOutcome, PhoneNumberField } from './phone-number-field.tsx';
import { SessionControls } from './session-controls.tsx';
import { SessionSummary } from './session-summary.tsx';
import { SyncStatus } from './sync-status.tsx';
import { TrackerCounters } from './tracker-counters.tsx';
import { useDialCheck } from './use-dial-check.ts';
import { isUndoable, useDialingTracker, type SessionReport, type TrackerContext } from './use-dialing-tracker.ts';
import { useOnline } from './use-online.ts';

export interface DialingTrackerProps {
  context: Omit<TrackerContext, 'list'>;
  dispositions: ProcessDocumentation['dispositions'];
  /** The script version in use, as a reader names it ("Prospecting call script, version 2"). */
  scriptLabel: string | null;
  /** The list or lead source the run names, if any. */
  defaultList: string;
  /** The number this step is about (a callback's, a lead's), typed in for the first dial. */
  defaultPhone?: string;
}

type Pending = { form: 'lead' | 'callback'; disposition: Disposition; phoneNumber: string | null } | { form: 'confirm'; disposition: Disposition; phoneNumber: string; warning: string };

function listKey(context: Pick<TrackerContext, 'userId' | 'taskId'>): string {
  return `swimlane.tracker.list.${context.userId}.${context.taskId}`;
}

export function DialingTracker({ context, dispositions, scriptLabel, defaultList, defaultPhone = '' }: DialingTrackerProps) {
  const [list, setList] = useState(() => localStorage.getItem(listKey(context)) ?? defaultList);
  const tracker = useDialingTracker({ ...context, list });
  const guard = useDialCheck(context.teamId);
  const online = useOnline();
  const [phone, setPhone] = useState(defaultPhone);
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [report, setReport] = useState<SessionReport | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const phoneInput = useRef<HTMLInputElement>(null);
  const pad = useRef<HTMLDivElement>(null);
  const keyed = assignDispositionKeys(dispositions);

  useEffect(() => localStorage.setItem(listKey(context), list), [list, context.userId, context.taskId]);

  function backToKeys() {
    pad.current?.focus();
  }

  async function log(disposition: Disposition, phoneNumber: string | null, extra: { payload?: Record<string, unknown>; note?: string; lead?: Parameters<typeof tracker.logDial>[1]['lead'] } = {}) {
    setPending(null);
    if (phoneNumber) {
      setPhone('');
      guard.clear();
    }
    backToKeys();
    try {
      await tracker.logDial(disposition, { phoneNumber, ...extra });
      setNotice(extra.note ? `${disposition.label} logged: ${extra.note}` : `${disposition.label} logged.`);
    } catch (caught) {
      setNotice(`Not logged: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  }

  function proceed(disposition: Disposition, phoneNumber: string | null) {
    if (disposition.countsAs.includes('lead')) return setPending({ form: 'lead', disposition, phoneNumber });
    if (disposition.countsAs.includes('callback')) return setPending({ form: 'callback', disposition, phoneNumber });
    void log(disposition, phoneNumber);
  }

  async function pick(entry: KeyedDisposition) {
    if (pending) return;
    const { disposition } = entry;
    setPhoneError(null);
    const typed = phone.trim();
    let phoneNumber = typed || null;
    if (phoneNumber && !looksLikePhoneNumber(phoneNumber)) {
      setPhoneError(`Not a phone number: ${PHONE_NUMBER_HINT}, or clear the field.`);
      return phoneInput.current?.focus();
    }
    if (disposition.countsAs.includes('doNotCall')) {
      if (!phoneNumber) {
        setPhoneError('A do-not-call request needs the number: type it, then log it again.');
        return phoneInput.current?.focus();
      }
      // The request is logged whatever the list says: it is how a number gets onto it.
      return proceed(disposition, phoneNumber);
    }
    if (phoneNumber) {
      const outcome = await guard.check(phoneNumber);
      // The guard reads the number as E.164 with the team's country: send it the same way.
      if (outcome.status === 'checked') phoneNumber = outcome.check.number;
      const described = describeOutcome(outcome);
      if (described.tone === 'block') {
        setNotice(`Not logged. ${described.text}`);
        return;
      }
      if (described.tone === 'warn') return setPending({ form: 'confirm', disposition, phoneNumber, warning: described.text });
    }
    proceed(disposition, phoneNumber);
  }

  async function toggleSession() {
    if (!tracker.clock) return void tracker.startSession();
    setReport(await tracker.stopSession());
  }

  function togglePause() {
    if (!tracker.clock) return;
    void (tracker.clock.runningSince === null ? tracker.resumeSession() : tracker.pauseSession());
  }

  function undoLatest() {
    const target = tracker.entries.find((entry) => isUndoable(entry, Date.now()));
    if (target) void tracker.undo(target);
  }

  const latest = useRef({ pick, toggleSession, togglePause, undoLatest });
  latest.current = { pick, toggleSession, togglePause, undoLatest };

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.target instanceof HTMLElement && event.target.closest('.tracker-form, .tracker-confirm')) return;
      const key = event.key;
      if (key === 'n' || key === '/') {
        event.preventDefault();
        phoneInput.current?.focus();
        return;
      }
      if (key === 'u') return void (event.preventDefault(), latest.current.undoLatest());
      if (key === 's') return void (event.preventDefault(), latest.current.toggleSession());
      if (key === 'p') return void (event.preventDefault(), latest.current.togglePause());
      const disposition = dispositionOfKey(keyed, key);
      if (disposition) {
        event.preventDefault();
        void latest.current.pick({ disposition, key });
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keyed]);

  if (tracker.storageError) {
    return <p className="alert alert-error">The tracker cannot keep entries in this browser ({tracker.storageError}). Allow site storage and reload.</p>;
  }

  const sinceLast = tracker.lastDialAt === null ? null : (tracker.now - tracker.lastDialAt) / 1000;
  return (
    <section className="dialing-tracker" aria-labelledby="tracker-title">
      <div className="tracker-head">
        <h2 id="tracker-title">Dialing tracker</h2>
        <SyncStatus sync={tracker.sync} online={online} />
      </div>
      <SessionControls
        clock={tracker.clock}
        disabled={!tracker.ready}
        onStart={() => void tracker.startSession()}
        onPause={() => void tracker.pauseSession()}
        onResume={() => void tracker.resumeSession()}
        onStop={() => void toggleSession()}
      />
      <TrackerCounters today={tracker.today} sessionDials={tracker.sessionDials} sessionSeconds={tracker.sessionSeconds} sinceLastDialSeconds={sinceLast} />
      {report && <SessionSummary report={report} onClose={() => setReport(null)} />}
      <div className="tracker-context">
        <div className="field">
          <label htmlFor="tracker-list">List / lead source</label>
          <input id="tracker-list" value={list} maxLength={200} onChange={(event) => setList(event.target.value)} placeholder="e.g. Expired listings, March" />
        </div>
        <p className="field-hint">
          Script: <strong>{scriptLabel ?? 'none'}</strong>. Both are recorded with every entry.
        </p>
      </div>
      <PhoneNumberField
        ref={phoneInput}
        value={phone}
        error={phoneError}
        outcome={guard.outcome}
        checking={guard.checking}
        onChange={(value) => {
          setPhone(value);
          setPhoneError(null);
          guard.clear();
        }}
        onDone={() => {
          const number = phone.trim();
          if (number && !looksLikePhoneNumber(number)) setPhoneError(`Not a phone number: ${PHONE_NUMBER_HINT}, or clear the field.`);
          else if (number) void guard.check(number);
          backToKeys();
        }}
      />
      {pending?.form === 'confirm' && (
        <div className="alert alert-info tracker-confirm" role="alertdialog" aria-label="Log this dial anyway?">
          <p>{pending.warning}</p>
          <div className="form-buttons">
            <button type="button" className="button-primary" autoFocus onClick={() => proceed(pending.disposition, pending.phoneNumber)}>
              Log anyway
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(null);
                backToKeys();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {pending?.form === 'lead' && (
        <LeadForm
          dispositionLabel={pending.disposition.label}
          phone={pending.phoneNumber ?? phone}
          leadSource={list}
          onCancel={() => {
            setPending(null);
            backToKeys();
          }}
          onSave={(lead, phoneNumber) => void log(pending.disposition, phoneNumber, { lead, note: `lead ${lead.name}` })}
        />
      )}
      {pending?.form === 'callback' && (
        <CallbackForm
          dispositionLabel={pending.disposition.label}
          onCancel={() => {
            setPending(null);
            backToKeys();
          }}
          onSave={(callbackAt, callbackNote) =>
            void log(pending.disposition, pending.phoneNumber, {
              payload: { callbackAt, ...(callbackNote ? { callbackNote } : {}) },
              note: `callback ${new Date(callbackAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}, a Call back task in your Work list`,
            })
          }
        />
      )}
      <div ref={pad} tabIndex={-1} className="pad-area" aria-label="Disposition keys">
        <DispositionPad keyed={keyed} disabled={!tracker.ready || pending !== null} onPick={(entry) => void pick(entry)} />
      </div>
      <p className="tracker-notice" role="status" aria-live="polite">
        {notice}
      </p>
      <h3>Latest entries</h3>
      <EntryLog entries={tracker.entries} now={tracker.now} onUndo={(entry) => void tracker.undo(entry)} />
    </section>
  );
}
