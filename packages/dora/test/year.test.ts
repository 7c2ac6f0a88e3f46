// A year of generated GitOps history on real git, checked against a reference computation written
// here from the event list alone (indices into a linear source history, no git, no graph walk).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { makeTempDir, type TempDir } from '../../../test/services/lib/temp-dir';
import { doraReport, type DoraReport, type KeyFigures } from '../src/index';
import { writeGitopsRepository, writeSourceRepository, type GitopsEvent } from './generated-history';
import { yearScenario, type Scenario } from './year-scenario';

const DAY = 86_400;
const END = 1_790_000_000;
const WINDOW_DAYS = 90;

let dir: TempDir;
let scenario: Scenario;
let report: DoraReport;

beforeAll(async () => {
  dir = await makeTempDir('dora-year-');
  scenario = yearScenario({ seed: 21, end: END, days: 365, devPerDay: 4 });
  const sourceShas = await writeSourceRepository(join(dir.path, 'source'), scenario.sourceTimes);
  await writeGitopsRepository(join(dir.path, 'gitops'), scenario.events, sourceShas);
  report = await doraReport({
    gitopsDir: join(dir.path, 'gitops'),
    sourceDir: join(dir.path, 'source'),
    windowDays: WINDOW_DAYS,
    now: END,
  });
});
afterAll(async () => dir?.remove());

interface Expected {
  deployments: number;
  failures: number;
  open: number;
  lead: number[];
  restore: number[];
}

/** The four keys from the event list, as docs/trailers.md defines them, over [start, end). */
function reference(events: readonly GitopsEvent[], sourceTimes: readonly number[], readFrom: number) {
  const read = events.map((e, i) => ({ ...e, i })).filter((e) => e.time >= readFrom && e.time <= END);
  const inRead = new Set(read.map((e) => e.i));
  const isRemedy = (e: GitopsEvent) => e.kind === 'revert' || e.kind === 'rollback';
  const isDeployment = (e: GitopsEvent) =>
    !isRemedy(e) ||
    (e.reverts !== undefined && inRead.has(e.reverts) && isRemedy(events[e.reverts] as GitopsEvent));
  const deployments = read.filter(isDeployment);
  const deploymentIds = new Set(deployments.map((d) => d.i));
  const failed = new Set(
    read
      .filter((e) => isRemedy(e) && !isDeployment(e) && deploymentIds.has(e.reverts as number))
      .map((e) => e.reverts),
  );
  // Source index of each digest: from its first deploy read.
  const sourceOf = new Map<string, number>();
  const leadOf = new Map<number, number[]>();
  const carriedUpTo = new Map<string, number>();
  for (const d of deployments) {
    if (d.kind === 'deploy' && !sourceOf.has(d.digest)) sourceOf.set(d.digest, d.source);
    const source = sourceOf.get(d.digest);
    if (source === undefined) continue;
    const before = carriedUpTo.get(d.environment);
    if (before === undefined) {
      carriedUpTo.set(d.environment, source);
      continue;
    }
    const lead: number[] = [];
    for (let s = before + 1; s <= source; s += 1) lead.push(d.time - (sourceTimes[s] as number));
    leadOf.set(d.i, lead);
    carriedUpTo.set(d.environment, Math.max(before, source));
  }
  const restoreOf = new Map<number, number>();
  for (const d of deployments.filter((x) => failed.has(x.i))) {
    const next = deployments.find((x) => x.environment === d.environment && x.i > d.i && !failed.has(x.i));
    if (next) restoreOf.set(d.i, next.time - d.time);
  }
  return (environment: string, start: number, end: number): Expected => {
    const mine = deployments.filter((d) => d.environment === environment && d.time > start && d.time <= end);
    const failures = mine.filter((d) => failed.has(d.i));
    return {
      deployments: mine.length,
      failures: failures.length,
      open: failures.filter((d) => !restoreOf.has(d.i)).length,
      lead: mine.flatMap((d) => leadOf.get(d.i) ?? []),
      restore: failures.flatMap((d) => (restoreOf.has(d.i) ? [restoreOf.get(d.i) as number] : [])),
    };
  };
}

const nearestRank = (values: number[], q: number) =>
  values.length ? [...values].sort((a, b) => a - b)[Math.ceil(q * values.length) - 1] : null;

function expectFigures(actual: KeyFigures | undefined, expected: Expected) {
  expect(actual?.deployments).toBe(expected.deployments);
  expect(actual?.failures).toBe(expected.failures);
  expect(actual?.openFailures).toBe(expected.open);
  expect(actual?.changeFailureRate).toBe(
    expected.deployments ? expected.failures / expected.deployments : null,
  );
  expect(actual?.leadTime).toEqual({
    count: expected.lead.length,
    medianSeconds: nearestRank(expected.lead, 0.5),
    p90Seconds: nearestRank(expected.lead, 0.9),
  });
  expect(actual?.timeToRestore).toEqual({
    count: expected.restore.length,
    medianSeconds: nearestRank(expected.restore, 0.5),
    p90Seconds: nearestRank(expected.restore, 0.9),
  });
}

describe('a year of generated history', () => {
  test('the scenario holds every edge case', () => {
    const { events } = scenario;
    const remedy = (e?: GitopsEvent) => e?.kind === 'revert' || e?.kind === 'rollback';
    expect(events.filter((e) => remedy(e) && remedy(events[e.reverts as number])).length).toBeGreaterThan(3);
    expect(
      events.filter(
        (e, i) => i > 0 && Math.floor(e.time / 60) === Math.floor((events[i - 1] as GitopsEvent).time / 60),
      ).length,
    ).toBeGreaterThan(3);
    // A promotion of an old digest: built from an older source commit than one prod already ran.
    const built = new Map(events.filter((e) => e.kind === 'deploy').map((e) => [e.digest, e.source]));
    let newest = -1;
    let older = 0;
    for (const e of events.filter((x) => x.environment === 'prod' && x.kind === 'promote')) {
      const source = built.get(e.digest) ?? -1;
      if (source < newest) older += 1;
      newest = Math.max(newest, source);
    }
    expect(older).toBeGreaterThan(0);
    expect(events.at(-1)?.kind).toBe('rollback');
    expect(events.length).toBeGreaterThan(1500);
  });

  test.each(['dev', 'staging', 'prod'])(
    '%s: the current and previous windows match the reference',
    (environment) => {
      const readFrom = END - 2 * WINDOW_DAYS * DAY;
      const expected = reference(scenario.events, scenario.sourceTimes, readFrom);
      const found = report.environments.find((e) => e.environment === environment);
      expectFigures(found?.current, expected(environment, END - WINDOW_DAYS * DAY, END));
      expectFigures(found?.previous, expected(environment, readFrom, END - WINDOW_DAYS * DAY));
      expect(found?.current.deployments).toBeGreaterThan(10);
    },
  );

  test('prod ends with a failure not restored yet', () => {
    const prod = report.environments.find((e) => e.environment === 'prod')?.current;
    expect(prod?.openFailures).toBeGreaterThanOrEqual(1);
    expect(report.failures[0]).toMatchObject({
      environment: 'prod',
      kind: 'rollback',
      reason: 'latency p99 above 800 ms',
    });
    expect(report.failures[0]?.restoredAt).toBeUndefined();
  });
});
