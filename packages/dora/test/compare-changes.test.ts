// Lead times from comparisons (GitHub's compare API) against lead times from a clone's graph: on a
// generated history on real git, with comparisons answered by real git (`git log base..head`),
// both give the same changes; hand-checked cases for the order-sensitive ones.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { makeTempDir, type TempDir } from '../../../test/services/lib/temp-dir';
import {
  buildTimeline,
  changeLeadTimes,
  compareLeadTimes,
  readHistory,
  readSourceGraph,
  type CompareSource,
  type Deployment,
} from '../src/index';
import { writeGitopsRepository, writeSourceRepository } from './generated-history';
import { yearScenario } from './year-scenario';

const H = 3600;

/** Comparisons answered by git itself in a local repository, counting the calls. */
function gitCompare(dir: string, calls: string[]): CompareSource {
  return async (base, head) => {
    calls.push(`${base.slice(0, 7)}...${head.slice(0, 7)}`);
    try {
      const out = execFileSync('git', ['log', '--reverse', '--format=%H %ct', `${base}..${head}`, '--'], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'ignore'],
      }).toString();
      return {
        commits: out
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const [sha = '', time = '0'] = line.split(' ');
            return { sha, time: Number(time) };
          }),
      };
    } catch {
      return undefined;
    }
  };
}

const deployment = (n: number, environment: string, time: number, sourceCommit: string): Deployment => ({
  sha: String(n).padStart(40, '0'),
  time,
  environment,
  image: 'ghcr.io/acme/web',
  digest: `sha256:${String(n).padStart(64, '0')}`,
  kind: 'deploy',
  sourceCommit,
  sourceRepository: '',
});

describe('compareLeadTimes', () => {
  let dir: TempDir;
  let source: string;
  let shas: string[];

  beforeAll(async () => {
    dir = await makeTempDir('dora-compare-');
    source = join(dir.path, 'source');
    shas = await writeSourceRepository(
      source,
      [0, 1, 2, 3, 4, 5].map((i) => 1_780_000_000 + i * H),
    );
  });
  afterAll(async () => dir?.remove());

  test('hand-checked: first marks, later carry base..head, an old commit carries nothing, each change once', async () => {
    const t = (i: number) => 1_780_000_000 + i * H;
    const calls: string[] = [];
    const s = (i: number) => shas[i] as string;
    const deployments = [
      deployment(1, 'prod', t(1) + 60, s(1)), // marks
      deployment(2, 'prod', t(3) + 60, s(3)), // s2, s3
      deployment(3, 'prod', t(4), s(2)), // older: nothing
      deployment(4, 'prod', t(5) + 120, s(5)), // s2..s5 compared from s2, s3 already carried: s4, s5
      deployment(5, 'prod', t(5) + 180, s(5)), // the same commit again: nothing, no call
      deployment(6, 'prod', t(5) + 240, 'f'.repeat(40)), // unknown to the source: undefined
    ];
    const times = await compareLeadTimes(deployments, gitCompare(source, calls));
    expect([...times.values()]).toEqual([[], [H + 60, 60], [], [H + 120, 120], [], undefined]);
    expect(calls).toHaveLength(4);
  });

  test('a generated history: the same change lead times as from the clone', async () => {
    const end = 1_790_000_000;
    const scenario = yearScenario({ seed: 11, end, days: 60, devPerDay: 2 });
    const year = await makeTempDir('dora-compare-year-');
    try {
      const sourceShas = await writeSourceRepository(join(year.path, 'source'), scenario.sourceTimes);
      await writeGitopsRepository(join(year.path, 'gitops'), scenario.events, sourceShas);
      const deployments = buildTimeline(
        await readHistory({ dir: join(year.path, 'gitops'), since: end - 200 * 86_400 }),
      );
      const graph = await readSourceGraph(join(year.path, 'source'));
      const fromClone = changeLeadTimes(deployments, graph);
      const fromCompare = await compareLeadTimes(deployments, gitCompare(join(year.path, 'source'), []));
      expect(deployments.length).toBeGreaterThan(100);
      const sorted = (m: Map<string, number[] | undefined>) =>
        [...m.entries()].map(([sha, times]) => [sha, times ? [...times].sort((a, b) => a - b) : times]);
      expect(sorted(fromCompare)).toEqual(sorted(fromClone));
    } finally {
      await year.remove();
    }
  });
});
