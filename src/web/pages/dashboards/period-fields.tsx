/** The period chooser of the dashboards: day, week, month or a custom range, and the date the period holds. */
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import type { DashboardFilters } from './use-dashboard-filters.ts';

const PERIOD_LABELS = { day: 'Day', week: 'Week', month: 'Month', range: 'Custom range' } as const;

export function PeriodFields({ filters, update }: { filters: DashboardFilters; update: (values: Record<string, string>) => void }) {
  return (
    <>
      <SelectField label="Period" name="period" value={filters.period} onChange={(event) => update({ period: event.target.value })}>
        {Object.entries(PERIOD_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      {filters.period === 'range' ? (
        <>
          <TextField label="From" name="from" type="date" value={filters.from ?? ''} onChange={(event) => update({ from: event.target.value })} />
          <TextField label="To" name="to" type="date" value={filters.to ?? ''} onChange={(event) => update({ to: event.target.value })} />
        </>
      ) : (
        <TextField label="Holding the date" name="date" type="date" hint="Today when empty" value={filters.date ?? ''} onChange={(event) => update({ date: event.target.value })} />
      )}
    </>
  );
}
