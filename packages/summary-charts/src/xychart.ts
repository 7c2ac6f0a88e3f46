import { markdownCodeBlock } from '@shipchain/action-runtime';
import { chartLabel } from './label';

export interface Series {
  kind: 'bar' | 'line';
  values: readonly number[];
}

export interface XYChart {
  title: string;
  /** One label per point along the x axis (category axis). */
  categories: readonly string[];
  yAxis: { title: string; min?: number; max?: number };
  series: readonly Series[];
  horizontal?: boolean;
}

/** The chart as Mermaid `xychart-beta` source; labels escaped, numbers finite and short. */
export function xyChartSource(chart: XYChart): string {
  if (chart.categories.length === 0) throw new RangeError('an xychart needs at least one category');
  for (const series of chart.series)
    if (series.values.length !== chart.categories.length)
      throw new RangeError(
        `a ${series.kind} series has ${series.values.length} values for ${chart.categories.length} categories`,
      );
  const quoted = (text: string) => `"${chartLabel(text)}"`;
  const values = chart.series.flatMap((s) => s.values.map(finite));
  const min = chart.yAxis.min ?? Math.min(0, ...values);
  // Mermaid needs max above min; an all-zero chart still gets an axis from 0 to 1.
  const max = Math.max(chart.yAxis.max ?? Math.max(...values), min + 1);
  return [
    `xychart-beta${chart.horizontal ? ' horizontal' : ''}`,
    `  title ${quoted(chart.title)}`,
    `  x-axis [${chart.categories.map(quoted).join(', ')}]`,
    `  y-axis ${quoted(chart.yAxis.title)} ${number(min)} --> ${number(max)}`,
    ...chart.series.map((s) => `  ${s.kind} [${s.values.map((v) => number(finite(v))).join(', ')}]`),
  ].join('\n');
}

/** The chart as a fenced ```mermaid block for a job summary or comment (GitHub draws it). */
export function xyChartBlock(chart: XYChart): string {
  return markdownCodeBlock(xyChartSource(chart), 'mermaid');
}

const finite = (value: number): number => (Number.isFinite(value) ? value : 0);

/** Up to three decimals, no exponent (Mermaid's number grammar has none). */
function number(value: number): string {
  const text = (Math.round(value * 1000) / 1000).toFixed(3).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}
