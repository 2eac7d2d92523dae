/** The KPIs computed from what is tracked: a counter, or a ratio of two (talk-to rate = talk-to's / dials), with targets per day, week or month. */
import { KPI_PERIODS } from '../../api/schemas/process-documentation.ts';
import { SelectField } from '../components/select-field.tsx';
import { TextField } from '../components/text-field.tsx';
import { AddItemForm } from './add-item-form.tsx';
import { replaceAt, type DocumentationEditing } from './documentation-editing.ts';
import { makeKey } from './make-key.ts';
import { OUTCOME_LABELS, OUTCOMES } from './outcome-labels.ts';
import { PanelSection } from './panel-section.tsx';

const PERIOD_LABELS = { day: 'Per day', week: 'Per week', month: 'Per month' } as const;

export function KpisSection({ documentation, onChange, issues }: DocumentationEditing) {
  type Kpi = (typeof documentation.kpis)[number];
  const measures = [
    ...documentation.counters.map((counter) => ({ key: counter.key, label: counter.label || counter.key })),
    ...OUTCOMES.map((outcome) => ({ key: outcome, label: `${OUTCOME_LABELS[outcome]} (dispositions)` })),
  ];
  const knownKeys = new Set([...measures.map((measure) => measure.key), 'phoneHours']);

  function update(index: number, kpi: Kpi) {
    onChange((current) => ({ ...current, kpis: replaceAt(current.kpis, index, kpi) }));
  }

  function add(label: string) {
    onChange((current) => ({
      ...current,
      kpis: [
        ...current.kpis,
        { key: makeKey(label, current.kpis.map((kpi) => kpi.key)), label, numerator: measures[0]?.key ?? 'talkTo', denominator: null, targets: [] },
      ],
    }));
  }

  function setTarget(index: number, kpi: Kpi, period: (typeof KPI_PERIODS)[number], text: string) {
    const others = kpi.targets.filter((target) => target.period !== period);
    const value = Number(text);
    const targets = text.trim() === '' || Number.isNaN(value) ? others : [...others, { period, value }];
    targets.sort((a, b) => KPI_PERIODS.indexOf(a.period) - KPI_PERIODS.indexOf(b.period));
    update(index, { ...kpi, targets });
  }

  function options(selected: string | null, withPhoneHours: boolean) {
    return (
      <>
        {measures.map((measure) => (
          <option key={measure.key} value={measure.key}>
            {measure.label}
          </option>
        ))}
        {withPhoneHours && <option value="phoneHours">Phone hours</option>}
        {selected && !knownKeys.has(selected) && <option value={selected}>{selected} (not defined)</option>}
      </>
    );
  }

  return (
    <PanelSection title="KPIs" count={documentation.kpis.length}>
      {documentation.kpis.length === 0 && <p className="muted">No KPIs yet.</p>}
      {documentation.kpis.map((kpi, index) => {
        const isRatio = kpi.denominator !== null;
        return (
          <fieldset key={kpi.key} className="doc-item">
            <legend>{kpi.label || 'Unnamed KPI'}</legend>
            <TextField
              label="Name"
              name={`kpi-${kpi.key}-label`}
              value={kpi.label}
              onChange={(event) => update(index, { ...kpi, label: event.target.value })}
              error={issues.get(`kpis.${index}.label`)}
            />
            <fieldset className="field checkbox-group">
              <legend>Kind</legend>
              <label className="checkbox">
                <input type="radio" name={`kpi-${kpi.key}-kind`} checked={!isRatio} onChange={() => update(index, { ...kpi, denominator: null })} />
                A counter
              </label>
              <label className="checkbox">
                <input
                  type="radio"
                  name={`kpi-${kpi.key}-kind`}
                  checked={isRatio}
                  onChange={() => update(index, { ...kpi, denominator: documentation.counters[0]?.key ?? 'phoneHours' })}
                />
                A ratio of two
              </label>
            </fieldset>
            <SelectField
              label={isRatio ? 'Numerator' : 'Counts'}
              name={`kpi-${kpi.key}-numerator`}
              value={kpi.numerator}
              onChange={(event) => update(index, { ...kpi, numerator: event.target.value })}
              error={issues.get(`kpis.${index}.numerator`)}
            >
              {options(kpi.numerator, false)}
            </SelectField>
            {isRatio && (
              <SelectField
                label="Denominator"
                name={`kpi-${kpi.key}-denominator`}
                hint="Phone hours makes a per-hour rate, e.g. dials per phone-hour."
                value={kpi.denominator ?? ''}
                onChange={(event) => update(index, { ...kpi, denominator: event.target.value })}
                error={issues.get(`kpis.${index}.denominator`)}
              >
                {options(kpi.denominator, true)}
              </SelectField>
            )}
            <fieldset className="field">
              <legend>Targets</legend>
              <p className="field-hint">{isRatio ? 'A ratio as a fraction: 0.12 for 12%. ' : ''}Leave empty for no target.</p>
              <div className="target-grid">
                {KPI_PERIODS.map((period) => (
                  <TextField
                    key={period}
                    label={PERIOD_LABELS[period]}
                    name={`kpi-${kpi.key}-${period}`}
                    type="number"
                    min={0}
                    step="any"
                    inputMode="decimal"
                    value={kpi.targets.find((target) => target.period === period)?.value ?? ''}
                    onChange={(event) => setTarget(index, kpi, period, event.target.value)}
                  />
                ))}
              </div>
              {issues.get(`kpis.${index}.targets`) && <p className="field-error">{issues.get(`kpis.${index}.targets`)}</p>}
            </fieldset>
            <button
              type="button"
              className="button-danger-quiet button-small"
              onClick={() => onChange((current) => ({ ...current, kpis: current.kpis.filter((item) => item.key !== kpi.key) }))}
            >
              Remove<span className="visually-hidden"> KPI {kpi.label}</span>
            </button>
          </fieldset>
        );
      })}
      <AddItemForm label="New KPI" buttonLabel="Add KPI" onAdd={add} />
    </PanelSection>
  );
}
