import { gitRecords } from './git-records';

/** The source repository's commits: committer time and parents, by full SHA. */
export interface SourceGraph {
  time: Map<string, number>;
  parents: Map<string, readonly string[]>;
}

/**
 * Every commit of a local clone of the source repository (all refs), from ONE streaming
 * `git log`: each record is "sha time parent…".
 */
export async function readSourceGraph(
  dir: string,
  env?: Readonly<Record<string, string | undefined>>,
): Promise<SourceGraph> {
  const graph: SourceGraph = { time: new Map(), parents: new Map() };
  await gitRecords(
    dir,
    ['log', '-z', '--all', '--format=%H %ct %P'],
    (record) => {
      const [sha, time, ...parents] = record.trim().split(' ');
      if (!sha || !time) return;
      graph.time.set(sha, Number(time));
      graph.parents.set(sha, parents.filter(Boolean));
    },
    env,
  );
  return graph;
}

/**
 * The changes each deployment carried into its environment: the commits reachable from its
 * source commit that no earlier deployment of the same image there carried (so a promotion of
 * an old digest, or a redeploy, carries none again). The first deployment of each image seen
 * only marks what was already running: its changes predate the history read and are not counted.
 */
export class ChangeTracker {
  private readonly carried = new Map<string, Set<string>>();

  constructor(private readonly graph: SourceGraph) {}

  /** The commit times of the new changes; undefined when the source commit is not in the graph. */
  changesOf(environment: string, image: string, sourceCommit: string): number[] | undefined {
    if (!this.graph.time.has(sourceCommit)) return undefined;
    const key = `${environment}\0${image}`;
    const carried = this.carried.get(key);
    if (!carried) {
      this.carried.set(key, this.walk(sourceCommit, new Set()));
      return [];
    }
    return [...this.walk(sourceCommit, carried, true)].map((sha) => this.graph.time.get(sha) as number);
  }

  /**
   * The commits reachable from `start` and not in `seen`, added to `seen` as they are found. A
   * carried set is closed under ancestry, so the walk stops at the first carried commit.
   */
  private walk(start: string, seen: Set<string>, returnNew = false): Set<string> {
    const found = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (seen.has(sha)) continue;
      seen.add(sha);
      if (returnNew) found.add(sha);
      for (const parent of this.graph.parents.get(sha) ?? []) if (!seen.has(parent)) stack.push(parent);
    }
    return returnNew ? found : seen;
  }
}
