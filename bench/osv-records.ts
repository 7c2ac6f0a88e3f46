// Generated OSV records for the vuln benchmarks (bench:vuln-data, bench:vuln-gate): shaped like real
// ones (one affected package, an ECOSYSTEM range, a CVSS vector), spread over five ecosystems with
// about 2.5 records per package name, as in OSV's exports.
import type { ServedRecord } from '../test/services/osv-api';

export const ECOSYSTEMS = ['Debian:12', 'npm', 'PyPI', 'Go', 'Maven'];
/** Distinct package names per ecosystem. */
export const NAMES = 4_000;

const CVSS = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';

export function generatedRecord(index: number): ServedRecord {
  const ecosystem = ECOSYSTEMS[index % ECOSYSTEMS.length] as string;
  const name = `package-${Math.floor(index / ECOSYSTEMS.length) % NAMES}`;
  return {
    schema_version: '1.6.0',
    id: `BENCH-${String(index).padStart(6, '0')}`,
    modified: '2099-01-01T00:00:00Z',
    published: '2099-01-01T00:00:00Z',
    summary: `generated advisory ${index} for ${name}`,
    details:
      'A generated record shaped like a real one: one affected package, an ECOSYSTEM range and a CVSS vector.',
    severity: [{ type: 'CVSS_V3', score: CVSS }],
    affected: [
      {
        package: { ecosystem, name },
        ranges: [
          {
            type: 'ECOSYSTEM',
            events: [{ introduced: '0' }, { fixed: `${1 + (index % 7)}.${index % 10}.0` }],
          },
        ],
      },
    ],
    references: [{ type: 'ADVISORY', url: `https://example.invalid/advisories/${index}` }],
  };
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
export const spread = (values: number[]) =>
  `${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)}`;

export async function seconds(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

export const report = (label: string, values: number[], baseline?: number[]) =>
  console.log(
    `${label.padEnd(58)} median ${median(values).toFixed(3)} s  (${spread(values)})` +
      (baseline ? `  ×${(median(values) / median(baseline)).toFixed(2)} of baseline` : ''),
  );
