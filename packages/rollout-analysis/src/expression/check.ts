import type { Expression, Node } from './ast';
import { BUILTINS } from './builtins';
import { ExpressionError } from './errors';

function children(node: Node): Node[] {
  switch (node.kind) {
    case 'array':
      return node.items;
    case 'member':
      return [node.object];
    case 'index':
      return [node.object, node.index];
    case 'unary':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    case 'conditional':
      return [node.test, node.consequent, node.alternate];
    case 'call':
      return node.args;
    case 'predicate':
      return [node.collection, node.body];
    default:
      return [];
  }
}

/**
 * Catch at load time what expr-lang rejects when it compiles a condition: a name the environment lacks, an
 * unknown function, a wrong argument count, `#` outside a predicate. Throws ExpressionError with the column.
 */
export function checkExpression(expression: Expression, names: readonly string[]): void {
  const visit = (node: Node, inPredicate: boolean): void => {
    if (node.kind === 'identifier' && !names.includes(node.name)) {
      const known = names.map((name) => `"${name}"`).join(', ');
      throw new ExpressionError(`unknown name ${node.name} (known: ${known})`, node.offset + 1);
    }
    if (node.kind === 'pointer' && !inPredicate) {
      throw new ExpressionError(
        '# is only defined inside all(), any(), none(), one(), filter(), map() or count()',
        node.offset + 1,
      );
    }
    if (node.kind === 'call') {
      const builtin = BUILTINS[node.callee];
      if (!builtin) {
        const known = Object.keys(BUILTINS).join(', ');
        throw new ExpressionError(
          `unknown function ${node.callee}() (supported: ${known}, all, any, none, one, filter, map, count)`,
          node.offset + 1,
        );
      }
      const [least, most] = builtin.arity;
      if (node.args.length < least || node.args.length > most) {
        throw new ExpressionError(
          `${node.callee}() takes ${least === most ? least : `${least} or more`} argument(s), got ${node.args.length}`,
          node.offset + 1,
        );
      }
    }
    if (node.kind === 'predicate') {
      visit(node.collection, inPredicate);
      visit(node.body, true);
      return;
    }
    for (const child of children(node)) visit(child, inPredicate);
  };
  visit(expression.root, false);
}
