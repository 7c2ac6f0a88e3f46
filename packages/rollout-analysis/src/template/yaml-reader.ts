import { ConfigurationError } from '@shipchain/action-runtime';
import { isMap, isScalar, isSeq } from 'yaml';
import type { LineCounter, Node as YamlNode } from 'yaml';

/** The shape a YAML node must have; unknown object fields are configuration errors. */
export type Shape =
  | { type: 'string' }
  | { type: 'number' }
  | { type: 'int' }
  /** Kubernetes IntOrString: `3`, `"3"` or `"{{args.count}}"`; checked as an integer after args are filled. */
  | { type: 'intOrString' }
  | { type: 'boolean' }
  /** Anything (metadata): taken as is, not checked. */
  | { type: 'any' }
  | { type: 'array'; items: Shape }
  | {
      type: 'object';
      fields: Record<string, Shape>;
      /** Fields Argo knows that this library does not implement, with the reason shown to the user. */
      unsupported?: Record<string, string>;
    };

/** Where a value came from, for messages: `analysis.yaml:12:5`. */
export interface Located {
  source: string;
  lineCounter: LineCounter;
}

export function positionOf(node: YamlNode | null | undefined, where: Located): string {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = where.lineCounter.linePos(offset);
  return `${where.source}:${line}:${col}`;
}

export interface ReadValue {
  value: unknown;
  /** Positions by path (`spec.metrics[0].interval`), so later checks can point at the field too. */
  positions: Map<string, string>;
}

const childPath = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** Read a YAML node against a shape, collecting positions; throws ConfigurationError naming field and position. */
export function readShape(
  node: YamlNode | null | undefined,
  shape: Shape,
  path: string,
  where: Located,
): ReadValue {
  const positions = new Map<string, string>();
  const fail = (at: YamlNode | null | undefined, message: string): never => {
    throw new ConfigurationError(`${positionOf(at, where)}: ${message}`, 'analysis');
  };

  const read = (current: YamlNode | null | undefined, expected: Shape, at: string): unknown => {
    positions.set(at, positionOf(current, where));
    const raw = isScalar(current) ? current.value : undefined;
    switch (expected.type) {
      case 'any':
        return current && 'toJSON' in current ? current.toJSON() : null;
      case 'string':
        if (!isScalar(current) || raw === null || typeof raw === 'object')
          return fail(current, `\`${at}\` must be a string`);
        return String(raw);
      case 'number':
        if (typeof raw !== 'number') return fail(current, `\`${at}\` must be a number`);
        return raw;
      case 'int':
        if (!Number.isInteger(raw)) return fail(current, `\`${at}\` must be an integer`);
        return raw;
      case 'intOrString':
        if (!Number.isInteger(raw) && typeof raw !== 'string')
          return fail(current, `\`${at}\` must be an integer`);
        return raw;
      case 'boolean':
        if (typeof raw !== 'boolean') return fail(current, `\`${at}\` must be true or false`);
        return raw;
      case 'array': {
        if (!isSeq(current)) return fail(current, `\`${at}\` must be a list`);
        return current.items.map((item, index) => read(item as YamlNode, expected.items, `${at}[${index}]`));
      }
      case 'object': {
        if (!isMap(current)) return fail(current, `\`${at}\` must be a mapping`);
        const result: Record<string, unknown> = {};
        for (const pair of current.items) {
          const keyNode = pair.key as YamlNode;
          const key = isScalar(keyNode) ? String(keyNode.value) : '';
          const fieldPath = childPath(at, key);
          const fieldShape = expected.fields[key];
          if (!fieldShape) {
            const reason = expected.unsupported?.[key];
            if (reason) return fail(keyNode, `\`${fieldPath}\` is not supported: ${reason}`);
            const known = Object.keys(expected.fields).join(', ');
            return fail(keyNode, `unknown field \`${fieldPath}\` (known fields here: ${known})`);
          }
          result[key] = read(pair.value as YamlNode, fieldShape, fieldPath);
        }
        return result;
      }
    }
  };

  return { value: read(node, shape, path), positions };
}
