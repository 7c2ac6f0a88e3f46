export { parseExpression } from './parser';
export { evaluateExpression, evaluateCondition } from './evaluate';
export { valuesEqual } from './operators';
export type { Environment } from './evaluate';
export { checkExpression } from './check';
export { ExpressionError } from './errors';
export { TimeValue, DurationValue, typeName, formatValue } from './values';
export type { Value } from './values';
export type { Expression, Node } from './ast';
