/** The short lead form a lead disposition opens: who, where, why and when, checked here; saving logs the dial and queues the hand-off to the agent. */
import { useState, type FormEvent } from 'react';
import { TextField } from '../../../components/text-field.tsx';
import { looksLikePhoneNumber, PHONE_NUMBER_HINT } from './looks-like-phone-number.ts';
import type { DialDetails } from './use-dialing-tracker.ts';

export type LeadFields = NonNullable<DialDetails['lead']>;

export interface LeadFormProps {
  dispositionLabel: string;
  phone: string;
  leadSource: string;
  onSave: (lead: LeadFields, phoneNumber: string) => void;
  onCancel: () => void;
}

export function LeadForm({ dispositionLabel, phone: initialPhone, leadSource: initialSource, onSave, onCancel }: LeadFormProps) {
  const [fields, setFields] = useState({ name: '', phone: initialPhone, address: '', leadSource: initialSource, motivation: '', timeline: '', notes: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof fields, string>>>({});
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) => setFields((current) => ({ ...current, [name]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (!fields.name.trim()) found.name = 'Name is required.';
    const phoneNumber = fields.phone.trim();
    if (!phoneNumber) found.phone = 'Phone is required.';
    else if (!looksLikePhoneNumber(phoneNumber)) found.phone = `Phone is not a phone number: ${PHONE_NUMBER_HINT}.`;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSave({ ...fields, name: fields.name.trim(), phone: phoneNumber }, phoneNumber);
  }

  return (
    <form
      className="panel tracker-form lead-form"
      aria-label="Hand off the lead"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      noValidate
    >
      <h3>Hand off the lead <span className="muted">({dispositionLabel})</span></h3>
      <div className="two-columns">
        <TextField label="Name" name="name" value={fields.name} onChange={set('name')} error={errors.name} autoFocus required maxLength={200} />
        <TextField label="Phone" name="phone" value={fields.phone} onChange={set('phone')} error={errors.phone} required inputMode="tel" maxLength={40} />
        <TextField label="Address" name="address" value={fields.address} onChange={set('address')} maxLength={300} />
        <TextField label="Lead source" name="leadSource" value={fields.leadSource} onChange={set('leadSource')} maxLength={100} />
        <TextField label="Motivation" name="motivation" value={fields.motivation} onChange={set('motivation')} hint="Why they would sell, in their words." maxLength={2000} />
        <TextField label="Timeline" name="timeline" value={fields.timeline} onChange={set('timeline')} hint="When they want to move." maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="lead-notes">Notes</label>
        <textarea id="lead-notes" rows={3} value={fields.notes} onChange={set('notes')} maxLength={5000} />
      </div>
      <div className="form-buttons">
        <button type="submit" className="button-primary">
          Save and hand off
        </button>
        <button type="button" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
