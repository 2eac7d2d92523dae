/** A tiny line of daily values for a table cell, with the values in its accessible name (a few points need no charting library). */

export function Sparkline({ values, label }: { values: readonly number[]; label: string }) {
  const width = 96;
  const height = 24;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map((value, index) => `${(index * step).toFixed(1)},${(height - 2 - (value / max) * (height - 4)).toFixed(1)}`).join(' ');
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label} by day: ${values.join(', ')}`}>
      {values.length > 1 ? <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" /> : null}
      {values.length > 0 && <circle cx={(values.length - 1) * step} cy={height - 2 - (values.at(-1)! / max) * (height - 4)} r="2" fill="currentColor" />}
    </svg>
  );
}
