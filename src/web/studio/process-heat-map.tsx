/**
 * A process's latest published diagram with its overlay: per element, runs through it, median time spent, overdue
 * tasks and the tracked counters logged on the step, as a heat map whose level and figures are written on each badge
 * (not colour alone), and the same in a table.
 */
import { useEffect, useState } from 'react';
import type { ElementHeat, ProcessOverlay, StepCounter } from '../../api/schemas/dashboards.ts';
import type { ViewerServices } from './diagram-services.ts';
import { DiagramViewer } from './diagram-viewer.tsx';
import './process-heat-map.css';

const OVERLAY_TYPE = 'swimlane-heat';
const LEVELS = ['low', 'some', 'busy', 'busier', 'busiest'] as const;
/** Counters written on a badge; the table and the badge's description have them all. */
const BADGE_COUNTERS = 3;
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function describeCounters(counters: readonly StepCounter[]): string {
  return counters.map((counter) => `${counter.label} ${COUNT.format(counter.value)}`).join(' · ');
}

export function describeSeconds(seconds: number | null): string {
  if (seconds === null) return '–';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} d`;
}

function levelOf(heat: number): number {
  return Math.min(LEVELS.length - 1, Math.floor(heat * LEVELS.length));
}

function showHeat(services: ViewerServices, elements: readonly ElementHeat[], nameOf: (id: string) => string): () => void {
  const { canvas, registry, overlays } = services;
  const marked: [string, string][] = [];
  for (const element of elements) {
    const shape = registry.get(element.elementId);
    if (!shape || 'waypoints' in shape || (element.runs === 0 && element.counters.length === 0)) continue;
    const level = levelOf(element.heat);
    const badge = document.createElement('span');
    badge.className = `heat-badge heat-badge-${level}`;
    const lines: string[] = [];
    const said: string[] = [];
    // A step with counters but no run in the window (dials logged outside a run) is not shaded: its heat is runs.
    if (element.runs > 0) {
      const marker = `heat-${level}`;
      canvas.addMarker(element.elementId, marker);
      marked.push([element.elementId, marker]);
      const overdue = element.overdueOpen + element.completedLate;
      lines.push(`${element.runs} · ${describeSeconds(element.medianSeconds)}${overdue ? ` · ⚠ ${overdue}` : ''}`);
      said.push(`${element.runs} runs (${LEVELS[level]}), median ${describeSeconds(element.medianSeconds)}, ${element.overdueOpen} overdue now, ${element.completedLate} completed late`);
    }
    if (element.counters.length > 0) {
      const shown = describeCounters(element.counters.slice(0, BADGE_COUNTERS));
      lines.push(element.counters.length > BADGE_COUNTERS ? `${shown} …` : shown);
      said.push(`tracked ${describeCounters(element.counters)}`);
    }
    for (const line of lines) badge.append(Object.assign(document.createElement('span'), { className: 'heat-badge-line', textContent: line }));
    badge.title = `${nameOf(element.elementId)}: ${said.join('; ')}`;
    badge.setAttribute('role', 'img');
    badge.setAttribute('aria-label', badge.title);
    overlays.add(element.elementId, OVERLAY_TYPE, { position: { bottom: -6, left: 0 }, html: badge });
  }
  return () => {
    overlays.remove({ type: OVERLAY_TYPE });
    for (const [id, marker] of marked) canvas.removeMarker(id, marker);
  };
}

export function ProcessHeatMap({ xml, label, overlay }: { xml: string; label: string; overlay: ProcessOverlay }) {
  const [services, setServices] = useState<ViewerServices | null>(null);
  const nameOf = (id: string) => (services?.registry.get(id)?.businessObject as { name?: string } | undefined)?.name || id;
  useEffect(() => {
    if (!services) return;
    return showHeat(services, overlay.elements, nameOf);
  }, [services, overlay]);
  const rows = overlay.elements.filter((element) => element.runs > 0 || element.overdueOpen > 0 || element.counters.length > 0);
  return (
    <div className="heat-map">
      <p className="muted">
        {overlay.runCount} runs started since {overlay.since.slice(0, 10)}. Each badge: runs through the step · median time spent · ⚠ overdue tasks; the darker the
        step, the more runs (levels {LEVELS.join(', ')}).
        {overlay.counterDays && ` Below them, the step's tracked counters (dials, talk-to's, leads, ...) logged from ${overlay.counterDays.from} to ${overlay.counterDays.to}, in the team's time zone.`}
      </p>
      <DiagramViewer xml={xml} label={label} onReady={setServices} className="view-canvas" />
      <table>
        <caption>Per step</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col" className="number">Runs</th>
            <th scope="col" className="number">Median time</th>
            <th scope="col" className="number">Overdue now</th>
            <th scope="col" className="number">Completed late</th>
            {overlay.counterMetrics.map(({ metric, label }) => (
              <th key={metric} scope="col" className="number">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((element) => (
            <tr key={element.elementId}>
              <th scope="row">{nameOf(element.elementId)}</th>
              <td className="number">{element.runs}</td>
              <td className="number">{describeSeconds(element.medianSeconds)}</td>
              <td className="number">{element.overdueOpen}</td>
              <td className="number">{element.completedLate}</td>
              {overlay.counterMetrics.map(({ metric }) => (
                <td key={metric} className="number">
                  {COUNT.format(element.counters.find((counter) => counter.metric === metric)?.value ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
