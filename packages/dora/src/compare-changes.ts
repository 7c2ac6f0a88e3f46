/**
 * Lead times from a comparison of source commits (GitHub's compare API) instead of a local clone:
 * a deployment carries the commits between the previous deployment's source commit of that image
 * in that environment and its own, less those an earlier deployment there already carried (so a
 * promotion of an old digest, then of a newer one, counts each change once). The first deployment
 * of each image only marks what was already running, as with a clone.
 */
import { mapBounded } from '@shipchain/action-runtime';
import type { Deployment } from './timeline';

/** The commits of base..head with their commit times (seconds); undefined when a commit is unknown. */
export type CompareSource = (
  base: string,
  head: string,
) => Promise<{ commits: { sha: string; time: number }[] } | undefined>;

/** Comparisons made at once. */
const CONCURRENCY = 8;

/** Each deployment's change lead times, as changeLeadTimes gives them from a clone. */
export async function compareLeadTimes(
  deployments: readonly Deployment[],
  compare: CompareSource,
): Promise<Map<string, number[] | undefined>> {
  // Pass 1: the pair each deployment is compared over (the previous source of its image there).
  const pairs = new Map<string, [string, string]>();
  const previous = new Map<string, string>();
  for (const d of deployments) {
    if (!d.sourceCommit) continue;
    const key = `${d.environment}\0${d.image}`;
    const base = previous.get(key);
    if (base && base !== d.sourceCommit) pairs.set(d.sha, [base, d.sourceCommit]);
    previous.set(key, d.sourceCommit);
  }
  const comparisons = await compareAll(
    [...new Set([...pairs.values()].map(([b, h]) => `${b}...${h}`))],
    compare,
  );

  // Pass 2, in history order: what each carried that no earlier deployment there did.
  const carried = new Map<string, Set<string>>();
  const leadTimes = new Map<string, number[] | undefined>();
  for (const d of deployments) {
    const key = `${d.environment}\0${d.image}`;
    if (!d.sourceCommit) {
      leadTimes.set(d.sha, undefined);
      continue;
    }
    const seen = carried.get(key);
    if (!seen) {
      carried.set(key, new Set([d.sourceCommit]));
      leadTimes.set(d.sha, []);
      continue;
    }
    const pair = pairs.get(d.sha);
    const found = pair ? comparisons.get(`${pair[0]}...${pair[1]}`) : { commits: [] };
    if (!found) {
      leadTimes.set(d.sha, undefined);
      continue;
    }
    const fresh = found.commits.filter((c) => !seen.has(c.sha));
    for (const c of fresh) seen.add(c.sha);
    seen.add(d.sourceCommit);
    leadTimes.set(
      d.sha,
      fresh.map((c) => Math.max(0, d.time - c.time)),
    );
  }
  return leadTimes;
}

async function compareAll(
  ranges: string[],
  compare: CompareSource,
): Promise<Map<string, { commits: { sha: string; time: number }[] } | undefined>> {
  const found = await mapBounded(ranges, CONCURRENCY, (range) => {
    const [base, head] = range.split('...') as [string, string];
    return compare(base, head);
  });
  return new Map(ranges.map((range, i) => [range, found[i]]));
}
