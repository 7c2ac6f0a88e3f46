import { CLASS_DEPTH, HIGHEST_SEVERITY_VECTORS, MACROVECTOR_SCORES, SEVERITY_LEVELS } from './cvss4-data';
import { parseMetrics, type MetricDefinitions } from './vector';

const IMPACT = ['H', 'L', 'N'];
const V4_METRICS: MetricDefinitions = {
  base: ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'],
  allowed: {
    AV: ['N', 'A', 'L', 'P'],
    AC: ['L', 'H'],
    AT: ['N', 'P'],
    PR: ['N', 'L', 'H'],
    UI: ['N', 'P', 'A'],
    VC: IMPACT,
    VI: IMPACT,
    VA: IMPACT,
    SC: IMPACT,
    SI: IMPACT,
    SA: IMPACT,
    E: ['X', 'A', 'P', 'U'],
    CR: ['X', 'H', 'M', 'L'],
    IR: ['X', 'H', 'M', 'L'],
    AR: ['X', 'H', 'M', 'L'],
    MAV: ['X', 'N', 'A', 'L', 'P'],
    MAC: ['X', 'L', 'H'],
    MAT: ['X', 'N', 'P'],
    MPR: ['X', 'N', 'L', 'H'],
    MUI: ['X', 'N', 'P', 'A'],
    MVC: ['X', ...IMPACT],
    MVI: ['X', ...IMPACT],
    MVA: ['X', ...IMPACT],
    MSC: ['X', ...IMPACT],
    MSI: ['X', 'S', ...IMPACT],
    MSA: ['X', 'S', ...IMPACT],
    S: ['X', 'N', 'P'],
    AU: ['X', 'N', 'Y'],
    R: ['X', 'A', 'U', 'I'],
    V: ['X', 'D', 'C'],
    RE: ['X', 'L', 'M', 'H'],
    U: ['X', 'Clear', 'Green', 'Amber', 'Red'],
  },
};

// Not given (X): threat and security requirements assume the worst, as the specification says.
const WORST_CASE: Readonly<Record<string, string>> = { E: 'A', CR: 'H', IR: 'H', AR: 'H' };

/** The value a metric takes for scoring: a modified (environmental) value wins over the base one. */
function effectiveValues(metrics: Map<string, string>): (name: string) => string {
  return (name) => {
    const given = metrics.get(name) ?? 'X';
    if (given === 'X' && WORST_CASE[name]) return WORST_CASE[name];
    const modified = metrics.get(`M${name}`);
    return modified !== undefined && modified !== 'X' ? modified : given;
  };
}

type Value = (name: string) => string;

/** The six equivalence classes (section 8.2) of a vector. */
function macrovector(value: Value): [number, number, number, number, number, number] {
  const [av, pr, ui] = [value('AV'), value('PR'), value('UI')];
  const eq1 =
    av === 'N' && pr === 'N' && ui === 'N'
      ? 0
      : (av === 'N' || pr === 'N' || ui === 'N') && av !== 'P'
        ? 1
        : 2;
  const eq2 = value('AC') === 'L' && value('AT') === 'N' ? 0 : 1;
  const [vc, vi, va] = [value('VC'), value('VI'), value('VA')];
  const eq3 = vc === 'H' && vi === 'H' ? 0 : vc === 'H' || vi === 'H' || va === 'H' ? 1 : 2;
  const subsequentSafety = value('MSI') === 'S' || value('MSA') === 'S';
  const eq4 = subsequentSafety
    ? 0
    : value('SC') === 'H' || value('SI') === 'H' || value('SA') === 'H'
      ? 1
      : 2;
  const eq5 = { A: 0, P: 1, U: 2 }[value('E')]!;
  const eq6 =
    (value('CR') === 'H' && vc === 'H') ||
    (value('IR') === 'H' && vi === 'H') ||
    (value('AR') === 'H' && va === 'H')
      ? 0
      : 1;
  return [eq1, eq2, eq3, eq4, eq5, eq6];
}

const key = (classes: readonly number[]) => classes.join('');

/** The score of the next lower macrovector along one class, undefined when there is none. */
function lowerScore(classes: readonly number[], index: number): number | undefined {
  const lower = [...classes];
  lower[index]! += 1;
  return MACROVECTOR_SCORES[key(lower)];
}

/** EQ3 and EQ6 step down together: 00 → 01 or 10 (the higher), 01 → 11, 10 → 11, 11 → 21, 21 → none. */
function lowerScoreEq3Eq6(classes: readonly number[]): number | undefined {
  const [eq3, eq6] = [classes[2]!, classes[5]!];
  const stepped = (dEq3: number, dEq6: number) => {
    const lower = [...classes];
    lower[2]! += dEq3;
    lower[5]! += dEq6;
    return MACROVECTOR_SCORES[key(lower)];
  };
  if (eq3 === 0 && eq6 === 0) return Math.max(stepped(0, 1) ?? NaN, stepped(1, 0) ?? NaN);
  if (eq3 === 1 && eq6 === 0) return stepped(0, 1);
  if (eq6 === 1 && eq3 < 2) return stepped(1, 0);
  return stepped(1, 1);
}

const DISTANCE_METRICS = Object.keys(SEVERITY_LEVELS);

/**
 * Severity distances to the first highest-severity vector of the macrovector that the vector does
 * not exceed in any metric.
 */
function distancesToHighest(value: Value, classes: readonly number[]): Record<string, number> {
  const [eq1, eq2, eq3, eq4, eq5, eq6] = classes as [number, number, number, number, number, number];
  const candidates: string[] = [];
  for (const a of HIGHEST_SEVERITY_VECTORS.eq1[eq1]!)
    for (const b of HIGHEST_SEVERITY_VECTORS.eq2[eq2]!)
      for (const c of HIGHEST_SEVERITY_VECTORS.eq3eq6[eq3]![eq6]!)
        for (const d of HIGHEST_SEVERITY_VECTORS.eq4[eq4]!)
          for (const e of HIGHEST_SEVERITY_VECTORS.eq5[eq5]!) candidates.push([a, b, c, d, e].join('/'));
  let distances: Record<string, number> = {};
  for (const candidate of candidates) {
    const highest = new Map(candidate.split('/').map((part) => part.split(':') as [string, string]));
    distances = Object.fromEntries(
      DISTANCE_METRICS.map((name) => [
        name,
        SEVERITY_LEVELS[name]![value(name)]! - SEVERITY_LEVELS[name]![highest.get(name)!]!,
      ]),
    );
    if (Object.values(distances).every((distance) => distance >= 0)) break;
  }
  return distances;
}

const STEP = 0.1;

/** Rounds half up to one decimal, nudged so float noise (1.4499999…) rounds as the exact value would. */
function roundToOneDecimal(value: number): number {
  return Math.round((value + 1e-6) * 10) / 10;
}

/**
 * The CVSS v4.0 score of a "CVSS:4.0/…" vector (CVSS-B for base metrics only; threat and environmental
 * metrics, when given, apply as the specification's scoring does): the macrovector's score lowered by
 * the mean proportional distance of the vector from the macrovector's highest-severity vector.
 */
export function cvss4Score(vector: string): number {
  const value = effectiveValues(parseMetrics(vector, ['CVSS:4.0'], V4_METRICS));
  if (['VC', 'VI', 'VA', 'SC', 'SI', 'SA'].every((name) => value(name) === 'N')) return 0;
  const classes = macrovector(value);
  const [eq1, eq2, eq3, eq4, , eq6] = classes;
  const score = MACROVECTOR_SCORES[key(classes)]!;
  const distances = distancesToHighest(value, classes);
  const sum = (...names: string[]) => names.reduce((total, name) => total + distances[name]!, 0);
  // For each class with a lower macrovector: the score gap to it, times how far into the class the vector is.
  const steps = [
    { lower: lowerScore(classes, 0), distance: sum('AV', 'PR', 'UI'), depth: CLASS_DEPTH.eq1[eq1]! },
    { lower: lowerScore(classes, 1), distance: sum('AC', 'AT'), depth: CLASS_DEPTH.eq2[eq2]! },
    {
      lower: lowerScoreEq3Eq6(classes),
      distance: sum('VC', 'VI', 'VA', 'CR', 'IR', 'AR'),
      depth: CLASS_DEPTH.eq3eq6[eq3]![eq6]!,
    },
    { lower: lowerScore(classes, 3), distance: sum('SC', 'SI', 'SA'), depth: CLASS_DEPTH.eq4[eq4]! },
    // EQ5 has a single value per level: its proportion is always 0, but it counts in the mean.
    { lower: lowerScore(classes, 4), distance: 0, depth: 1 },
  ];
  let total = 0;
  let existing = 0;
  for (const { lower, distance, depth } of steps) {
    const available = score - (lower ?? NaN);
    if (Number.isNaN(available)) continue;
    existing++;
    total += available * (distance / (depth * STEP));
  }
  const meanDistance = existing === 0 ? 0 : total / existing;
  return roundToOneDecimal(Math.max(0, Math.min(10, score - meanDistance)));
}
