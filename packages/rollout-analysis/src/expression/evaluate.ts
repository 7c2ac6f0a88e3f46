import type { Expression, Node } from './ast';
import { BUILTINS } from './builtins';
import { ExpressionError } from './errors';
import { arithmetic, column, compare, isMap, membership, requireBool, valuesEqual } from './operators';
import { typeName } from './values';
import type { Value } from './values';

export interface Environment {
  /** Named values, e.g. `{ result: [0.97] }`. */
  variables: Readonly<Record<string, Value>>;
  /** Milliseconds since the epoch, for now(). */
  now(): number;
}

interface Scope {
  environment: Environment;
  /** The element `#` stands for inside a predicate. */
  pointer?: Value;
  inPredicate: boolean;
}

class Evaluator {
  evaluate(node: Node, scope: Scope): Value {
    switch (node.kind) {
      case 'literal':
        return node.value;
      case 'identifier':
        if (!Object.hasOwn(scope.environment.variables, node.name)) {
          throw new ExpressionError(`unknown name ${node.name}`, column(node));
        }
        return scope.environment.variables[node.name];
      case 'pointer':
        if (!scope.inPredicate)
          throw new ExpressionError('# is only defined inside all(), any() and the like', column(node));
        return scope.pointer;
      case 'array':
        return node.items.map((item) => this.evaluate(item, scope));
      case 'member':
        return this.member(this.evaluate(node.object, scope), node.property, node);
      case 'index':
        return this.index(this.evaluate(node.object, scope), this.evaluate(node.index, scope), node);
      case 'unary':
        return this.unary(node.operator, this.evaluate(node.operand, scope), node);
      case 'binary':
        return this.binary(node, scope);
      case 'conditional':
        return requireBool(this.evaluate(node.test, scope), '?:', node)
          ? this.evaluate(node.consequent, scope)
          : this.evaluate(node.alternate, scope);
      case 'call':
        return this.call(node.callee, node.args, scope, node);
      case 'predicate':
        return this.predicate(node.callee, node.collection, node.body, scope, node);
    }
  }

  private member(object: Value, property: string, node: Node): Value {
    // Own fields only: `constructor` and the like must not reach JavaScript's prototype.
    if (isMap(object)) return Object.hasOwn(object, property) ? object[property] : undefined;
    throw new ExpressionError(`type ${typeName(object)} has no field ${property}`, column(node));
  }

  private index(object: Value, index: Value, node: Node): Value {
    if (Array.isArray(object) || typeof object === 'string') {
      if (typeof index !== 'number' || !Number.isInteger(index)) {
        throw new ExpressionError(`array index must be an integer, got ${typeName(index)}`, column(node));
      }
      // expr-lang counts a negative index from the end.
      const position = index < 0 ? object.length + index : index;
      if (position < 0 || position >= object.length) {
        throw new ExpressionError(
          `index out of range: ${index} (array length is ${object.length})`,
          column(node),
        );
      }
      return object[position] as Value;
    }
    if (isMap(object) && typeof index === 'string')
      return Object.hasOwn(object, index) ? object[index] : undefined;
    throw new ExpressionError(`cannot index ${typeName(object)} with ${typeName(index)}`, column(node));
  }

  private unary(operator: string, operand: Value, node: Node): Value {
    if (operator === '!') return !requireBool(operand, '!', node);
    if (typeof operand !== 'number') {
      throw new ExpressionError(`invalid operation: ${operator} on ${typeName(operand)}`, column(node));
    }
    return operator === '-' ? -operand : operand;
  }

  private binary(node: Extract<Node, { kind: 'binary' }>, scope: Scope): Value {
    const { operator } = node;
    const left = this.evaluate(node.left, scope);
    switch (operator) {
      case '&&':
      case 'and':
        return (
          requireBool(left, operator, node) && requireBool(this.evaluate(node.right, scope), operator, node)
        );
      case '||':
      case 'or':
        return (
          requireBool(left, operator, node) || requireBool(this.evaluate(node.right, scope), operator, node)
        );
      case '??':
        return left === null || left === undefined ? this.evaluate(node.right, scope) : left;
      default:
        break;
    }
    const right = this.evaluate(node.right, scope);
    switch (operator) {
      case '==':
        return valuesEqual(left, right);
      case '!=':
        return !valuesEqual(left, right);
      case '<':
      case '>':
      case '<=':
      case '>=':
        return compare(operator, left, right, node);
      case 'in':
      case 'not in':
      case 'contains':
      case 'startsWith':
      case 'endsWith':
        return membership(operator, left, right, node);
      default:
        return arithmetic(operator === '^' ? '**' : operator, left, right, node);
    }
  }

  private call(callee: string, argNodes: Node[], scope: Scope, node: Node): Value {
    const builtin = BUILTINS[callee];
    if (!builtin) throw new ExpressionError(`unknown function ${callee}()`, column(node));
    const [least, most] = builtin.arity;
    if (argNodes.length < least || argNodes.length > most) {
      const wanted =
        least === most ? `${least}` : most === Infinity ? `at least ${least}` : `${least} to ${most}`;
      throw new ExpressionError(
        `${callee}() takes ${wanted} argument${wanted === '1' ? '' : 's'}, got ${argNodes.length}`,
        column(node),
      );
    }
    const args = argNodes.map((arg) => this.evaluate(arg, scope));
    return builtin.call(args, { now: scope.environment.now, column: column(node) });
  }

  private predicate(callee: string, collectionNode: Node, body: Node, scope: Scope, node: Node): Value {
    const collection = this.evaluate(collectionNode, scope);
    if (!Array.isArray(collection)) {
      throw new ExpressionError(`${callee}() needs an array, got ${typeName(collection)}`, column(node));
    }
    const items = collection as readonly Value[];
    const inner = (item: Value): Scope => ({
      environment: scope.environment,
      pointer: item,
      inPredicate: true,
    });
    const test = (item: Value) => requireBool(this.evaluate(body, inner(item)), `${callee}()`, body);
    switch (callee) {
      case 'all':
        return items.every(test);
      case 'any':
        return items.some(test);
      case 'none':
        return !items.some(test);
      case 'one':
        return items.filter(test).length === 1;
      case 'filter':
        return items.filter(test);
      case 'count':
        return items.filter(test).length;
      default:
        return items.map((item) => this.evaluate(body, inner(item)));
    }
  }
}

/** Evaluate a parsed expression to a value. Throws ExpressionError (with the column) on a runtime fault. */
export function evaluateExpression(expression: Expression, environment: Environment): Value {
  return new Evaluator().evaluate(expression.root, { environment, inPredicate: false });
}

/** Evaluate a condition; like Argo, anything but a boolean result is an error. */
export function evaluateCondition(expression: Expression, environment: Environment): boolean {
  const value = evaluateExpression(expression, environment);
  if (typeof value !== 'boolean') {
    throw new ExpressionError(`expected bool, but got ${typeName(value)}`, 1);
  }
  return value;
}
