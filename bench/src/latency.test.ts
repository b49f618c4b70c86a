import { describe, expect, it } from 'vitest';
import { latencyOf, percentile } from './latency';

describe('percentile', () => {
  it('takes the nearest rank: the smallest value with at least p % of values at or below it', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });

  it('summarises unsorted values without reordering them', () => {
    const values = [30, 10, 20, 40, 50, 60, 70, 80, 90, 100];
    expect(latencyOf(values)).toEqual({ p50: 50, p95: 100, p99: 100, max: 100 });
    expect(values[0]).toBe(30);
  });
});
