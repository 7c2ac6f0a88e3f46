/** A duration a person reads at a glance: 45 s, 12 min, 3.5 h, 2.1 d; an em dash for none. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400) return `${round1(seconds / 3600)} h`;
  return `${round1(seconds / 86_400)} d`;
}

export function percent(rate: number | null): string {
  return rate === null ? '—' : `${round1(rate * 100)} %`;
}

export function round1(value: number): string {
  return String(Math.round(value * 10) / 10);
}
