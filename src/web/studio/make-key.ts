/** Makes a stable documentation key from a label ("Talk-to rate" -> "talkToRate"), unique among the existing keys. */
export function makeKey(label: string, existing: readonly string[]): string {
  const words = label
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let key = words
    .map((word, index) => (index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()))
    .join('')
    .slice(0, 40);
  // Keys must start with a lowercase letter (see ProcessDocumentation's Key).
  if (!/^[a-z]/.test(key)) key = `item${key}`.slice(0, 40);
  if (!existing.includes(key)) return key;
  let suffix = 2;
  while (existing.includes(`${key}${suffix}`)) suffix += 1;
  return `${key}${suffix}`;
}
