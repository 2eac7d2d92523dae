import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKpi, divideOrNull, STANDARD_KPIS } from './compute-kpi.ts';

describe('computeKpi', () => {
  const totals = { dials: 1000, talkTo: 120, lead: 3, phoneSeconds: 22 * 3600 + 1800 };

  it('given a day of cold calling, when the rates are computed, then they follow the definitions', () => {
    expect(computeKpi(STANDARD_KPIS.dials, totals)).toBe(1000);
    expect(computeKpi(STANDARD_KPIS.talkToRate, totals)).toBe(0.12);
    expect(computeKpi(STANDARD_KPIS.leadRate, totals)).toBe(0.025);
    expect(computeKpi(STANDARD_KPIS.dialsPerPhoneHour, totals)).toBeCloseTo(1000 / 22.5, 10);
  });

  it('given no dials, no talk-to and no phone time, when ratios are computed, then they are null and counters zero', () => {
    expect(computeKpi(STANDARD_KPIS.talkToRate, {})).toBeNull();
    expect(computeKpi(STANDARD_KPIS.leadRate, { dials: 40 })).toBeNull();
    expect(computeKpi(STANDARD_KPIS.dialsPerPhoneHour, { dials: 40 })).toBeNull();
    expect(computeKpi(STANDARD_KPIS.leads, {})).toBe(0);
  });

  it('given any numbers, when divided, then the result is a finite number or null, never NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (numerator, denominator) => {
        const quotient = divideOrNull(numerator, denominator);
        expect(quotient === null || Number.isFinite(quotient)).toBe(true);
        if (denominator === 0) expect(quotient).toBeNull();
      }),
    );
  });
});
