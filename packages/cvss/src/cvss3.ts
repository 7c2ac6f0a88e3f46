import { parseMetrics, type MetricDefinitions } from './vector';

const IMPACT = ['H', 'L', 'N'];
const V3_METRICS: MetricDefinitions = {
  base: ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'],
  allowed: {
    AV: ['N', 'A', 'L', 'P'],
    AC: ['L', 'H'],
    PR: ['N', 'L', 'H'],
    UI: ['N', 'R'],
    S: ['U', 'C'],
    C: IMPACT,
    I: IMPACT,
    A: IMPACT,
    E: ['X', 'U', 'P', 'F', 'H'],
    RL: ['X', 'O', 'T', 'W', 'U'],
    RC: ['X', 'U', 'R', 'C'],
    CR: ['X', 'L', 'M', 'H'],
    IR: ['X', 'L', 'M', 'H'],
    AR: ['X', 'L', 'M', 'H'],
    MAV: ['X', 'N', 'A', 'L', 'P'],
    MAC: ['X', 'L', 'H'],
    MPR: ['X', 'N', 'L', 'H'],
    MUI: ['X', 'N', 'R'],
    MS: ['X', 'U', 'C'],
    MC: ['X', 'N', 'L', 'H'],
    MI: ['X', 'N', 'L', 'H'],
    MA: ['X', 'N', 'L', 'H'],
  },
};

// Metric weights from the CVSS v3.1 specification, section 7.4.
const ATTACK_VECTOR: Record<string, number> = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
const ATTACK_COMPLEXITY: Record<string, number> = { L: 0.77, H: 0.44 };
const PRIVILEGES_UNCHANGED: Record<string, number> = { N: 0.85, L: 0.62, H: 0.27 };
const PRIVILEGES_CHANGED: Record<string, number> = { N: 0.85, L: 0.68, H: 0.5 };
const USER_INTERACTION: Record<string, number> = { N: 0.85, R: 0.62 };
const CIA: Record<string, number> = { H: 0.56, L: 0.22, N: 0 };

/** v3.1's Roundup (Appendix A): the smallest one-decimal number ≥ the input, immune to float noise. */
function roundUp31(value: number): number {
  const scaled = Math.round(value * 100000);
  return scaled % 10000 === 0 ? scaled / 100000 : (Math.floor(scaled / 10000) + 1) / 10;
}

/** v3.0 rounded up to one decimal plainly. */
function roundUp30(value: number): number {
  return Math.ceil(value * 10) / 10;
}

/**
 * The CVSS v3.x base score of a "CVSS:3.1/…" or "CVSS:3.0/…" vector. Temporal and environmental
 * metrics are checked but do not change the base score.
 */
export function cvss3BaseScore(vector: string): number {
  const metrics = parseMetrics(vector, ['CVSS:3.1', 'CVSS:3.0'], V3_METRICS);
  const get = (name: string) => metrics.get(name)!;
  const roundUp = vector.startsWith('CVSS:3.0/') ? roundUp30 : roundUp31;
  const scopeChanged = get('S') === 'C';
  const impactSubScore = 1 - (1 - CIA[get('C')]!) * (1 - CIA[get('I')]!) * (1 - CIA[get('A')]!);
  const impact = scopeChanged
    ? 7.52 * (impactSubScore - 0.029) - 3.25 * Math.pow(impactSubScore - 0.02, 15)
    : 6.42 * impactSubScore;
  const privileges = (scopeChanged ? PRIVILEGES_CHANGED : PRIVILEGES_UNCHANGED)[get('PR')]!;
  const exploitability =
    8.22 *
    ATTACK_VECTOR[get('AV')]! *
    ATTACK_COMPLEXITY[get('AC')]! *
    privileges *
    USER_INTERACTION[get('UI')]!;
  if (impact <= 0) return 0;
  return scopeChanged
    ? roundUp(Math.min(1.08 * (impact + exploitability), 10))
    : roundUp(Math.min(impact + exploitability, 10));
}
