/** The name of an alert rule as the alerts and notifications pages show it. */
import type { AlertRule } from '../../api/schemas/dashboards.ts';

const LABELS: Record<AlertRule, string> = {
  behindPace: 'Behind pace',
  voicemailsAsTalkTos: "Voicemails logged as talk-to's?",
  listBurningOut: 'List burning out',
  silentDuringShift: 'Silent during the shift',
  leadFollowUpsOverdue: 'Lead follow-ups overdue',
};

export function alertRuleLabel(rule: AlertRule): string {
  return LABELS[rule];
}
