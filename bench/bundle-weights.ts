// Benchmark (issue 17): what each action's bundle weighs, and what weighs in it. For every action it
// builds the bundle as `npm run bundle` does (scripts/bundles.ts, same ncc options) and prints
//   - the dist/ files' bytes, raw and gzipped, beside the same action's committed dist/ at a baseline
//     ref (default main), read from git in the same run;
//   - the heaviest packages in the bundle (webpack's module sizes, before bundling; concatenated
//     modules opened up) and the chunk each sits in (index.js loads at start, the others on demand);
// then the packages that more than one bundle carries, and the repository archive a runner
// downloads (`git archive | gzip`, export-ignore honoured) at the baseline and at HEAD.
// Usage: npm run bench:bundles [-- --compare REF] [--top 8] [actions/image-sign …]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NccStatsJson, NccStatsModule } from '@vercel/ncc';
import { buildBundleWithStats, describeArchiveSize, repositoryArchiveBytes } from '../scripts/bundles';

const root = resolve(import.meta.dirname, '..');
const flag = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
};
const baseline = flag('compare', 'main');
const top = Number(flag('top', '8'));
const valued = new Set(['--compare', '--top']);
const named = process.argv
  .slice(2)
  .filter((arg, index, all) => !arg.startsWith('--') && !valued.has(all[index - 1] ?? ''));
const actions = named.length
  ? named.map((dir) => resolve(root, dir))
  : readdirSync(join(root, 'actions'))
      .sort()
      .map((name) => join(root, 'actions', name));

interface Weight {
  raw: number;
  gz: number;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(2)} MB`;

function weigh(files: Iterable<Buffer>): Weight {
  let raw = 0;
  let gz = 0;
  for (const content of files) {
    raw += content.length;
    gz += gzipSync(content, { level: 6 }).length;
  }
  return { raw, gz };
}

/** The committed dist/ of `actionDir` at `ref`, read from git (empty when the ref has none). */
function committedDist(actionDir: string, ref: string): Buffer[] {
  const prefix = `${actionDir.slice(root.length + 1)}/dist/`;
  const listing = spawnSync('git', ['ls-tree', '-r', '-z', '--name-only', ref, '--', prefix], { cwd: root });
  if (listing.status !== 0) return [];
  return listing.stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map(
      (path) =>
        spawnSync('git', ['cat-file', 'blob', `${ref}:${path}`], { cwd: root, maxBuffer: 1 << 30 }).stdout,
    );
}

/** `@scope/name` (or `a>b` when nested) for a module path under node_modules; the workspace folder otherwise. */
function packageOf(name: string): string {
  const nested = name.match(/node_modules\/(?:@[^/]+\/)?[^/]+/g);
  if (nested) return nested.map((part) => part.replace('node_modules/', '')).join('>');
  const workspace = /^\.\/((?:packages|actions)\/[^/]+)/.exec(name);
  return workspace?.[1] ?? name.replace(/ \+ \d+ modules$/, '');
}

/** Raw module bytes per package and chunk file. */
function packageWeights(stats: NccStatsJson): Map<string, { bytes: number; files: Set<string> }> {
  const fileOf = new Map(stats.chunks.map((chunk) => [String(chunk.id), chunk.files.join(',')]));
  const weights = new Map<string, { bytes: number; files: Set<string> }>();
  const visit = (module: NccStatsModule, chunks: Array<string | number>): void => {
    if (module.modules) {
      for (const inner of module.modules) visit(inner, chunks);
      return;
    }
    const key = packageOf(module.name);
    const entry = weights.get(key) ?? { bytes: 0, files: new Set<string>() };
    entry.bytes += module.size;
    for (const chunk of chunks) entry.files.add(fileOf.get(String(chunk)) ?? String(chunk));
    weights.set(key, entry);
  };
  // A module concatenated into another is listed twice: inside it, and on its own with no chunk.
  for (const module of stats.modules) if (module.chunks.length > 0) visit(module, module.chunks);
  return weights;
}

async function archiveBytes(ref: string): Promise<number | undefined> {
  const known = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root });
  return known.status === 0 ? repositoryArchiveBytes(root, ref) : undefined;
}

async function main(): Promise<void> {
  // ncc leaves a webpack cache dir behind otherwise (as scripts/bundles.ts does).
  const scratch = await mkdtemp(join(tmpdir(), 'shipchain-bundle-weights-'));
  process.env.TMPDIR = scratch;
  const carriers = new Map<string, { bytes: number; actions: string[] }>();
  const totals = { before: { raw: 0, gz: 0 }, after: { raw: 0, gz: 0 } };
  try {
    console.log(`bundle weights: ${baseline}'s committed dist/ vs a fresh build of this checkout\n`);
    for (const dir of actions) {
      const name = basename(dir);
      const { files, stats } = await buildBundleWithStats(dir);
      const after = weigh(files.values());
      const before = weigh(committedDist(dir, baseline));
      for (const side of ['raw', 'gz'] as const) {
        totals.before[side] += before[side];
        totals.after[side] += after[side];
      }
      console.log(
        `${name.padEnd(16)} ${baseline}: ${kb(before.raw).padStart(8)} raw ${kb(before.gz).padStart(7)} gz` +
          `   now: ${kb(after.raw).padStart(8)} raw ${kb(after.gz).padStart(7)} gz` +
          `   (${before.gz ? `${(((after.gz - before.gz) / before.gz) * 100).toFixed(0)} %` : 'new'} gz)`,
      );
      const weights = [
        ...packageWeights(stats.toJson({ modules: true, nestedModules: true, chunks: true })),
      ].sort((a, b) => b[1].bytes - a[1].bytes);
      for (const [pkg, { bytes, files: chunkFiles }] of weights.slice(0, top))
        console.log(`    ${kb(bytes).padStart(8)}  ${pkg}  [${[...chunkFiles].sort().join(' ')}]`);
      for (const [pkg, { bytes }] of weights) {
        if (pkg.startsWith('webpack/') || pkg.startsWith('external ')) continue; // webpack's own runtime
        const carrier = carriers.get(pkg) ?? { bytes: 0, actions: [] };
        carrier.bytes += bytes;
        carrier.actions.push(name);
        carriers.set(pkg, carrier);
      }
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  console.log(
    `\nall bundles        ${baseline}: ${mb(totals.before.raw)} raw ${mb(totals.before.gz)} gz   now: ${mb(totals.after.raw)} raw ${mb(totals.after.gz)} gz`,
  );
  console.log('\npackages in more than one bundle, by bytes carried in all (raw, before bundling):');
  const shared = [...carriers]
    .filter(([, c]) => c.actions.length > 1)
    .sort((a, b) => b[1].bytes - a[1].bytes);
  for (const [pkg, { bytes, actions: carriedBy }] of shared.slice(0, top * 2))
    console.log(`    ${kb(bytes).padStart(8)}  ${pkg} (${carriedBy.length}: ${carriedBy.join(', ')})`);
  const [was, now] = [await archiveBytes(baseline), await archiveBytes('HEAD')];
  console.log(
    `\nrepository archive (git archive REF | gzip): ${baseline} ${was === undefined ? 'unknown ref' : mb(was)}, HEAD ${now === undefined ? '?' : mb(now)}`,
  );
  if (now !== undefined) console.log(describeArchiveSize(now).line);
  console.log('(HEAD is the last commit: commit a change before weighing its archive.)');
}

await main();
