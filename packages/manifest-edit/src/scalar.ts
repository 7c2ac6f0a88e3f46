import { Scalar } from 'yaml';

/**
 * Render `value` in the same style as the scalar it replaces, so quoting never changes:
 * plain stays plain when YAML allows it, double and single quotes stay what they were.
 */
export function renderLike(type: string | undefined, value: string): string {
  if (type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  // Image references are safe plain scalars: no ": ", " #", leading indicator or spaces.
  if (/^[A-Za-z0-9][\w.\-/:@+]*$/.test(value) && !/:\s|\s#/.test(value)) return value;
  return JSON.stringify(value);
}
