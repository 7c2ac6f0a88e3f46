// Benchmark: what the symlink confinement costs per file. Reads (and rewrites) every file of a
// generated tree of small manifests plainly (readFileSync / writeFileSync by path) and through
// confinedFiles (real path checked before the open, descriptor checked after), in interleaved
// rounds; medians and the spread of each are printed.
// Usage: npx tsx bench/confined-files.ts [--files 5000 --rounds 7]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confinedFiles } from '../packages/action-runtime/src/index';
import { numberFlag } from './flags';

const fileCount = numberFlag('files', 5000);
const rounds = numberFlag('rounds', 7);

const root = mkdtempSync(join(tmpdir(), 'bench-confined-'));
const files: string[] = [];
for (let index = 0; index < fileCount; index++) {
  const file = `envs/team-${index % 50}/svc-${index}/app.yaml`;
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), `kind: Deployment\nmetadata:\n  name: svc-${index}\n`.repeat(20));
  files.push(file);
}

const plain = (): number => {
  const started = performance.now();
  for (const file of files) {
    const path = join(root, file);
    writeFileSync(path, readFileSync(path, 'utf8'));
  }
  return performance.now() - started;
};
const manifests = confinedFiles({
  roots: [{ path: root, name: 'the repository' }],
  symlinks: 'never',
  input: 'paths',
});
const confined = (): number => {
  const started = performance.now();
  for (const file of files) manifests.writeFileSync(file, manifests.readFileSync(file).toString('utf8'));
  return performance.now() - started;
};

const plainMs: number[] = [];
const confinedMs: number[] = [];
for (let round = 0; round < rounds; round++) {
  plainMs.push(plain());
  confinedMs.push(confined());
}
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? 0;
const spread = (values: number[]) =>
  `min ${sorted(values)[0]?.toFixed(0)} / max ${sorted(values).at(-1)?.toFixed(0)}`;
const p = median(plainMs);
const c = median(confinedMs);
console.log(`${fileCount} files read and rewritten, median of ${rounds} interleaved rounds`);
console.log(`plain by path:   ${p.toFixed(0)} ms (${spread(plainMs)})`);
console.log(`confinedFiles:   ${c.toFixed(0)} ms (${spread(confinedMs)})`);
console.log(
  `per file: +${(((c - p) / fileCount) * 1000).toFixed(1)} µs; ratio ${(c / p).toFixed(2)}x; ratios per round: ${plainMs.map((ms, i) => ((confinedMs[i] ?? 0) / ms).toFixed(2)).join(', ')}`,
);
rmSync(root, { recursive: true, force: true });
