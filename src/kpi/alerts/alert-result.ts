/** What every alert rule returns: whether it fired and, either way, why in plain language. */

export interface AlertResult {
  rule: 'behindPace' | 'voicemailsAsTalkTos' | 'listBurningOut' | 'silentDuringShift';
  fired: boolean;
  why: string;
}
