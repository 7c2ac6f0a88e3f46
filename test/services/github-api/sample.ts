/**
 * Builds the smallest object that satisfies a response schema: every required property gets a
 * plausible value of its type and format. Handlers overlay their real state on top, so responses
 * are complete (GitHub's schemas require dozens of fields) without hand-writing each one.
 */
import { resolveRef } from './openapi';
import type { Schema } from './openapi';

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2026-01-01T00:00:00Z',
  uri: 'https://github.com/',
  email: 'octocat@github.com',
  date: '2026-01-01',
  uuid: '00000000-0000-4000-8000-000000000000',
};

export function sample(schema: Schema, depth = 0): unknown {
  if (depth > 12) return null;
  if (typeof schema.$ref === 'string') return sample(resolveRef(schema.$ref), depth + 1);
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...(schema.allOf as Schema[]).map((part) => sample(part, depth + 1)));
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key] as Schema[] | undefined;
    // Prefer null where allowed: the shallowest valid value.
    if (options)
      return options.some((o) => o.type === 'null') ? null : sample(options[0] as Schema, depth + 1);
  }
  if (Array.isArray(schema.enum)) return schema.enum.includes(null) ? null : schema.enum[0];
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  if (types.includes('null')) return null;
  switch (types[0]) {
    case 'object':
    case undefined: {
      if (!schema.properties && types[0] === undefined) return {};
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const result: Record<string, unknown> = {};
      for (const name of (schema.required as string[] | undefined) ?? []) {
        result[name] = properties[name] ? sample(properties[name], depth + 1) : '';
      }
      return result;
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return false;
    case 'string':
      return FORMAT_SAMPLES[schema.format as string] ?? (typeof schema.pattern === 'string' ? '' : 'sample');
    default:
      return null;
  }
}

/** Deep-merge `overlay` onto `base`: overlay wins; nested plain objects merge. */
export function overlay<T>(base: unknown, patch: Record<string, unknown>): T {
  if (!base || typeof base !== 'object' || Array.isArray(base)) return patch as T;
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    const current = result[key];
    result[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
        ? overlay(current, value as Record<string, unknown>)
        : value;
  }
  return result as T;
}
