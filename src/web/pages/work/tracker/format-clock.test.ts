import { describe, expect, it } from 'vitest';
import { formatClock } from './format-clock.ts';

describe('formatClock', () => {
  it('given seconds, when formatted, then minutes and seconds show, with hours once there are any', () => {
    expect([0, 7, 754, 3723, 59.9].map(formatClock)).toEqual(['0:00', '0:07', '12:34', '1:02:03', '0:59']);
  });
});
