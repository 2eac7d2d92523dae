import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatRatio } from './format-numbers.ts';

describe('format numbers', () => {
  it('given counts, ratios and rates, when formatted for a sentence, then they read as people write them', () => {
    expect(formatCount(3200)).toBe('3,200');
    expect(formatCount(1392.6)).toBe('1,393');
    expect(formatRatio(1.4249)).toBe('1.4');
    expect(formatRatio(2)).toBe('2.0');
    expect(formatRatio(0.9849)).toBe('0.98');
    expect(formatRatio(0.5)).toBe('0.5');
    expect(formatPercent(0.123)).toBe('12.3%');
    expect(formatPercent(0.04)).toBe('4%');
  });
});
