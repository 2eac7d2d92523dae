/**
 * A KPI's trend (recharts, loaded with this module only): a counter's running total as a solid line with round markers
 * against its running target (dashed) and, in a current period, the forecast (dotted) inside its 80% interval (a
 * hatched band); a ratio's daily value against its target. Line styles and the legend's words tell the series apart
 * without colour, and the summary sentence and the data table below say the same in text.
 */
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiTrend } from '../../../api/schemas/dashboards.ts';
import { formatKpi } from './format-figures.ts';

const INK = '#1f2328';
const ACCENT = '#1f5fbf';
const TARGET = '#8a4b00';

export function TrendChart({ trend }: { trend: KpiTrend }) {
  const counter = !trend.isRatio;
  const hatch = `hatch-${trend.key}`;
  const data = trend.points.map((point) => ({
    date: point.date.slice(5),
    actual: counter ? point.cumulative : point.value,
    target: point.target,
    forecast: point.forecast,
    band: point.forecastLow !== null && point.forecastHigh !== null ? [point.forecastLow, point.forecastHigh] : null,
  }));
  const show = (value: unknown) => (typeof value === 'number' ? formatKpi(trend, value) : Array.isArray(value) ? value.map((part) => formatKpi(trend, part as number)).join(' to ') : '–');
  return (
    <figure className="trend">
      <figcaption>
        <h3>{trend.label}</h3>
        <p className="muted">{trend.summary}</p>
      </figcaption>
      <div className="trend-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <defs>
              <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="6" stroke={ACCENT} strokeWidth="2" strokeOpacity="0.45" />
              </pattern>
            </defs>
            <CartesianGrid stroke="#e5e9ee" />
            <XAxis dataKey="date" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={56} tickFormatter={(value: number) => formatKpi(trend, value)} />
            <Tooltip formatter={(value) => show(value)} />
            <Legend />
            {counter && trend.forecast && <Area type="linear" dataKey="band" name={`${Math.round(trend.forecast.level * 100)}% interval (hatched)`} stroke="none" fill={`url(#${hatch})`} isAnimationActive={false} connectNulls={false} />}
            <Line type="linear" dataKey="actual" name={counter ? 'Running total (solid, dots)' : 'Daily value (solid, dots)'} stroke={INK} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />
            <Line type="linear" dataKey="target" name="Target (dashed)" stroke={TARGET} strokeDasharray="8 4" strokeWidth={2} dot={false} isAnimationActive={false} />
            {counter && trend.forecast && <Line type="linear" dataKey="forecast" name="Forecast (dotted)" stroke={ACCENT} strokeDasharray="2 3" strokeWidth={2} dot={false} isAnimationActive={false} />}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>{trend.label}: the numbers by day</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className="number">Value</th>
              {counter && <th scope="col" className="number">Running total</th>}
              <th scope="col" className="number">{counter ? 'Running target' : 'Target'}</th>
              {counter && trend.forecast && <th scope="col" className="number">Forecast (interval)</th>}
            </tr>
          </thead>
          <tbody>
            {trend.points.map((point) => (
              <tr key={point.date}>
                <th scope="row">{point.date}</th>
                <td className="number">{formatKpi(trend, point.value)}</td>
                {counter && <td className="number">{formatKpi(trend, point.cumulative)}</td>}
                <td className="number">{formatKpi(trend, point.target)}</td>
                {counter && trend.forecast && (
                  <td className="number">{point.forecast === null ? '–' : `${formatKpi(trend, point.forecast)} (${formatKpi(trend, point.forecastLow)}–${formatKpi(trend, point.forecastHigh)})`}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
