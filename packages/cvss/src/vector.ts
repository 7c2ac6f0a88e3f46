import { InvalidCvssVectorError } from './errors';

/** Allowed values of each metric a CVSS version defines, and which of them a base score needs. */
export interface MetricDefinitions {
  readonly allowed: Readonly<Record<string, readonly string[]>>;
  readonly base: readonly string[];
}

/**
 * Reads "CVSS:<version>/M:V/M:V…" into a metric → value map: every metric known and given once with
 * an allowed value, every base metric present. Metrics not given are absent from the map ("X").
 */
export function parseMetrics(
  vector: string,
  prefixes: readonly string[],
  definitions: MetricDefinitions,
): Map<string, string> {
  const prefix = prefixes.find((candidate) => vector.startsWith(`${candidate}/`));
  if (!prefix)
    throw new InvalidCvssVectorError(
      vector,
      `it must start with ${prefixes.map((p) => `"${p}/"`).join(' or ')}`,
    );
  const metrics = new Map<string, string>();
  for (const part of vector.slice(prefix.length + 1).split('/')) {
    const [name, value, extra] = part.split(':');
    if (!name || value === undefined || value === '' || extra !== undefined) {
      throw new InvalidCvssVectorError(vector, `${JSON.stringify(part)} is not METRIC:VALUE`);
    }
    const allowed = definitions.allowed[name];
    if (!allowed) throw new InvalidCvssVectorError(vector, `unknown metric ${name}`, name);
    if (metrics.has(name)) throw new InvalidCvssVectorError(vector, `metric ${name} is given twice`, name);
    if (!allowed.includes(value)) {
      throw new InvalidCvssVectorError(
        vector,
        `metric ${name} has the invalid value ${JSON.stringify(value)} (allowed: ${allowed.join(', ')})`,
        name,
      );
    }
    metrics.set(name, value);
  }
  const missing = definitions.base.filter((name) => !metrics.has(name));
  if (missing.length > 0) {
    throw new InvalidCvssVectorError(
      vector,
      `the base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`,
      missing[0],
    );
  }
  return metrics;
}
