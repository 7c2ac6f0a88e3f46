export { parseExpression } from './parser';
export { evaluateExpression, evaluateCondition, valuesEqual } from './evaluate';
export type { Environment } from './evaluate';
export { checkExpression } from './check';
export { ExpressionError } from './errors';
export { TimeValue, DurationValue, typeName, formatValue } from './values';
export type { Value } from './values';
export type { Expression, Node } from './ast';
