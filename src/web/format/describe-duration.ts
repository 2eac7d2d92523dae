/** Says an ISO-8601 duration the way people do ("PT1H30M" -> "1 hour 30 minutes"), or null when it is not one. */
const PARTS = [
  ['Y', 'year'],
  ['M', 'month'],
  ['W', 'week'],
  ['D', 'day'],
  ['TH', 'hour'],
  ['TM', 'minute'],
  ['TS', 'second'],
] as const;

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function describeDuration(value: string): string | null {
  const match = DURATION.exec(value.trim());
  if (!match) return null;
  const words: string[] = [];
  PARTS.forEach(([, unit], index) => {
    const amount = match[index + 1];
    if (amount === undefined) return;
    const number = Number(amount);
    words.push(`${amount} ${unit}${number === 1 ? '' : 's'}`);
  });
  return words.length ? words.join(' ') : null;
}
