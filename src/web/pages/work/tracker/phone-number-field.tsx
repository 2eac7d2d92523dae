/** The optional number of the record being called, and what the compliance guard says about it (do-not-call list, calling hours, local time). */
import { forwardRef } from 'react';
import type { DialCheckOutcome } from './use-dial-check.ts';

export interface PhoneNumberFieldProps {
  value: string;
  error: string | null;
  outcome: DialCheckOutcome | null;
  checking: boolean;
  onChange: (value: string) => void;
  /** Enter: check the number and go back to the keypad. */
  onDone: () => void;
}

export function describeOutcome(outcome: DialCheckOutcome): { tone: 'ok' | 'warn' | 'block' | 'unknown'; text: string } {
  if (outcome.status === 'unchecked') return { tone: 'unknown', text: `Not checked: ${outcome.reason}.` };
  if (outcome.status === 'invalid') return { tone: 'block', text: `Not a phone number: ${outcome.reason}` };
  const { check } = outcome;
  const local = check.localTime ? ` Local time there ${check.localTime.slice(11)}${check.calledPartyTimeZone ? ` (${check.calledPartyTimeZone})` : ''}.` : '';
  const notices = check.notices.map((notice) => ` ${notice.message}`).join('');
  if (check.violations.length === 0) return { tone: 'ok', text: `OK to call ${check.number}.${local}${notices}` };
  const reasons = check.violations.map((violation) => violation.message).join(' ');
  if (!check.allowed) return { tone: 'block', text: `Blocked: ${reasons}${local}` };
  return { tone: 'warn', text: `Warning: ${reasons}${local}` };
}

export const PhoneNumberField = forwardRef<HTMLInputElement, PhoneNumberFieldProps>(function PhoneNumberField({ value, error, outcome, checking, onChange, onDone }, ref) {
  const described = outcome ? describeOutcome(outcome) : null;
  return (
    <div className="field phone-field">
      <label htmlFor="tracker-phone">
        Phone number <span className="muted">(optional; <kbd>N</kbd> or <kbd>/</kbd>)</span>
      </label>
      <input
        id="tracker-phone"
        ref={ref}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        maxLength={40}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby="tracker-phone-status"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'Escape') {
            event.preventDefault();
            onDone();
          }
        }}
      />
      <p id="tracker-phone-status" className={`phone-status${described ? ` phone-${described.tone}` : ''}`} role="status">
        {error ? <span className="field-error">{error}</span> : checking ? 'Checking the number…' : described ? described.text : 'Sent with the dial and checked against the do-not-call list and calling hours. Enter checks it and returns to the keys.'}
      </p>
    </div>
  );
});
