import { describe, expect, it } from 'vitest';
import { assignDispositionKeys, dispositionOfKey, type Disposition } from './disposition-keys.ts';

function dispositions(count: number): Disposition[] {
  return Array.from({ length: count }, (_, index) => ({ key: `d${index + 1}`, label: `D ${index + 1}`, countsAs: [] }));
}

describe('assignDispositionKeys', () => {
  it('given eleven dispositions, when keyed, then they get 1-9, 0 and - in the set order', () => {
    const keyed = assignDispositionKeys(dispositions(11));
    expect(keyed.map((entry) => entry.key)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-']);
    expect(keyed.map((entry) => entry.disposition.key)).toEqual(dispositions(11).map((entry) => entry.key));
  });

  it('given more dispositions than keys, when keyed, then the rest are buttons only', () => {
    const keyed = assignDispositionKeys(dispositions(14));
    expect(keyed[11]!.key).toBe('=');
    expect(keyed.slice(12).map((entry) => entry.key)).toEqual([null, null]);
  });
});

describe('dispositionOfKey', () => {
  const keyed = assignDispositionKeys(dispositions(11));

  it('given a key of the pad, when pressed, then it names its disposition', () => {
    expect(dispositionOfKey(keyed, '1')?.key).toBe('d1');
    expect(dispositionOfKey(keyed, '0')?.key).toBe('d10');
    expect(dispositionOfKey(keyed, '-')?.key).toBe('d11');
  });

  it('given a key the pad does not use, when pressed, then it logs nothing', () => {
    expect(dispositionOfKey(keyed, '=')).toBeUndefined();
    expect(dispositionOfKey(keyed, 'a')).toBeUndefined();
    expect(dispositionOfKey(assignDispositionKeys(dispositions(2)), '3')).toBeUndefined();
  });
});
