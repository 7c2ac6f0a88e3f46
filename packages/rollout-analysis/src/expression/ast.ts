/** Syntax tree of one condition; `offset` is the 0-based position of the node's first character. */
export type Node =
  | { kind: 'literal'; value: number | string | boolean | null; offset: number }
  | { kind: 'identifier'; name: string; offset: number }
  /** `#`, the current element inside a predicate such as `all(result, # < 1000)`. */
  | { kind: 'pointer'; offset: number }
  | { kind: 'array'; items: Node[]; offset: number }
  | { kind: 'member'; object: Node; property: string; offset: number }
  | { kind: 'index'; object: Node; index: Node; offset: number }
  | { kind: 'unary'; operator: string; operand: Node; offset: number }
  | { kind: 'binary'; operator: string; left: Node; right: Node; offset: number }
  | { kind: 'conditional'; test: Node; consequent: Node; alternate: Node; offset: number }
  | { kind: 'call'; callee: string; args: Node[]; offset: number }
  /** A builtin whose second argument is evaluated once per element: all, any, none, one, filter, map, count. */
  | { kind: 'predicate'; callee: string; collection: Node; body: Node; offset: number };

/** A parsed condition together with its text, so messages can quote it. */
export interface Expression {
  source: string;
  root: Node;
}
