/** The nearest-rank quantile (q in (0, 1]) of the values; null when there are none. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] as number;
}

export const median = (values: readonly number[]): number | null => quantile(values, 0.5);
export const p90 = (values: readonly number[]): number | null => quantile(values, 0.9);
