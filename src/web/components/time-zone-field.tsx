/** Picks an IANA time zone from the ones this browser knows, starting from the browser's own. */
import { useMemo } from 'react';
import { SelectField } from './select-field.tsx';

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export interface TimeZoneFieldProps {
  value: string;
  onChange: (timeZone: string) => void;
  error?: string | undefined;
}

export function TimeZoneField({ value, onChange, error }: TimeZoneFieldProps) {
  const zones = useMemo(() => {
    const known = new Set(Intl.supportedValuesOf('timeZone'));
    // Some browsers leave out UTC or an alias they resolve to; the current value must always be choosable.
    known.add('UTC');
    known.add(value);
    return [...known].sort();
  }, [value]);
  return (
    <SelectField
      label="Time zone"
      name="timeZone"
      hint="Where the team works: its days, shifts and targets follow this zone."
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    >
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </SelectField>
  );
}
