import type { KeyFigures } from './figures';

export type Direction = 'better' | 'worse' | 'same' | 'unknown';

export interface Trend {
  deploymentFrequency: Direction;
  leadTime: Direction;
  changeFailureRate: Direction;
  timeToRestore: Direction;
}

/** Each key against the previous window: more deployments is better, less of the rest is. */
export function trendOf(current: KeyFigures, previous: KeyFigures): Trend {
  return {
    deploymentFrequency: compare(current.deploymentsPerDay, previous.deploymentsPerDay, 'higher'),
    leadTime: compare(current.leadTime.medianSeconds, previous.leadTime.medianSeconds, 'lower'),
    changeFailureRate: compare(current.changeFailureRate, previous.changeFailureRate, 'lower'),
    timeToRestore: compare(
      current.timeToRestore.medianSeconds,
      previous.timeToRestore.medianSeconds,
      'lower',
    ),
  };
}

function compare(now: number | null, before: number | null, good: 'higher' | 'lower'): Direction {
  if (now === null || before === null) return 'unknown';
  if (now === before) return 'same';
  return now > before === (good === 'higher') ? 'better' : 'worse';
}
