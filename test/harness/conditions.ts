// `pre-if` / `post-if` in the simple sense: status functions (always, success, failure, cancelled),
// combined with !, &&, || and context lookups. Like the runner, a condition without a status function
// is implicitly `success() && (condition)`.

import { evaluateExpression, isTruthy } from './expressions';
import type { Contexts } from './expressions';

export type JobStatus = 'success' | 'failure' | 'cancelled';

const STATUS_FUNCTION = /\b(always|success|failure|cancelled)\s*\(/i;

export function evaluateStatusCondition(
  condition: string,
  status: JobStatus,
  contexts: Contexts = {},
): boolean {
  let expression = condition.trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(expression);
  if (wrapped) expression = (wrapped[1] as string).trim();
  if (expression === '') expression = 'success()';
  if (!STATUS_FUNCTION.test(expression)) expression = `success() && (${expression})`;
  const value = evaluateExpression(expression, contexts, {
    always: () => true,
    success: () => status === 'success',
    failure: () => status === 'failure',
    cancelled: () => status === 'cancelled',
  });
  return isTruthy(value);
}
