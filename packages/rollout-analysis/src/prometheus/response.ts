import { ProviderError } from '../engine/model';

type Sample = [number, string];

export interface PrometheusData {
  resultType: 'scalar' | 'vector' | 'matrix' | 'string';
  result: unknown;
}

export interface DecodedResult {
  /** A scalar stays a number (Argo's `result` is then a float); vectors and matrices become arrays. */
  value: number | number[];
  empty: boolean;
}

/** Prometheus writes sample values as strings, with `NaN`, `+Inf` and `-Inf` spelled out. */
export function sampleValue(text: unknown): number {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return NaN;
  const value = typeof text === 'string' ? Number(text) : NaN;
  if (Number.isNaN(value))
    throw new ProviderError(`Prometheus sent a sample value that is not a number`, true);
  return value;
}

const valueOf = (sample: unknown) => sampleValue((sample as Sample | undefined)?.[1]);

/**
 * Argo's processResponse: a scalar is the number; a vector is the values of its samples; a matrix is the values
 * of every series' points, series after series.
 */
export function decodeResult(data: PrometheusData): DecodedResult {
  switch (data.resultType) {
    case 'scalar':
      return { value: valueOf(data.result), empty: false };
    case 'vector': {
      const values = (data.result as { value: Sample }[]).map((entry) => valueOf(entry.value));
      return { value: values, empty: values.length === 0 };
    }
    case 'matrix': {
      const values = (data.result as { values: Sample[] }[]).flatMap((series) => series.values.map(valueOf));
      return { value: values, empty: values.length === 0 };
    }
    default:
      throw new ProviderError(`Prometheus metric type not supported: ${String(data.resultType)}`, true);
  }
}
