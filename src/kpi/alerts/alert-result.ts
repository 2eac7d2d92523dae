/** What every alert rule returns: whether it fired and, either way, why in plain language. */

export interface AlertResult {
  rule: 'behindPace' | 'voicemailsAsTalkTos' | 'listBurningOut' | 'silentDuringShift' | 'leadFollowUpsOverdue';
  fired: boolean;
  why: string;
}
