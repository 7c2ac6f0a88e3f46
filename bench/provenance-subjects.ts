// Benchmark: hashing `subject-path` files (1 GB in 8 files) against sha256sum on the same
// files in the same run (target: at least 80% of its throughput), and building one
// statement with 1,024 subjects.
// Usage: npm run bench:provenance
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { buildProvenance, fileSubjects, requireClaims, type Subject } from '../packages/provenance/src/index';

const directory = join(process.cwd(), '.cache', 'bench', 'subjects');
mkdirSync(directory, { recursive: true });
const files = Array.from({ length: 8 }, (_, index) => join(directory, `artifact-${index}.bin`));
const fileBytes = 128 * 1024 * 1024;
const block = Buffer.alloc(1024 * 1024);
for (const [index, file] of files.entries()) {
  if (existsSync(file) && statSync(file).size === fileBytes) continue;
  const fd = openSync(file, 'w');
  for (let written = 0; written < fileBytes; written += block.length) {
    block.fill((index * 31 + written / block.length) % 251);
    writeSync(fd, block);
  }
  closeSync(fd);
}
execFileSync('sync');
const totalMb = (files.length * fileBytes) / (1024 * 1024);

const time = async (run: () => Promise<unknown> | unknown): Promise<number> => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const ours: number[] = [];
const theirs: number[] = [];
let agreed = true;
for (let round = 0; round < 3; round++) {
  let subjects: Subject[] = [];
  ours.push(await time(async () => (subjects = await fileSubjects(files, directory))));
  let output = '';
  theirs.push(await time(() => (output = execFileSync('sha256sum', files, { encoding: 'utf8' }))));
  const reference = output
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+/)[0]);
  agreed &&= subjects.every((subject, index) => subject.digest.sha256 === reference[index]);
}
const oursRate = totalMb / (median(ours) / 1000);
const theirRate = totalMb / (median(theirs) / 1000);

const claims = requireClaims({
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:acme/web:ref:refs/heads/main',
  repository: 'acme/web',
  repository_id: '1',
  repository_owner: 'acme',
  repository_owner_id: '2',
  ref: 'refs/heads/main',
  sha: 'a'.repeat(40),
  event_name: 'push',
  workflow_ref: 'acme/web/.github/workflows/release.yml@refs/heads/main',
  job_workflow_ref: 'acme/web/.github/workflows/release.yml@refs/heads/main',
  run_id: '1',
  run_attempt: '1',
  runner_environment: 'github-hosted',
});
const many: Subject[] = Array.from({ length: 1024 }, (_, index) => ({
  name: `dist/artifact-${index}.tar.gz`,
  digest: { sha256: index.toString(16).padStart(64, '0') },
}));
let bytes = 0;
const statementMs = await time(() => {
  bytes = Buffer.byteLength(
    JSON.stringify(buildProvenance({ claims, serverUrl: 'https://github.com', subjects: many })),
  );
});

console.log(`\nsubject-path hashing, ${files.length} files, ${totalMb} MB (median of 3, interleaved)\n`);
console.log(`shipchain fileSubjects   ${oursRate.toFixed(0)} MB/s`);
console.log(`sha256sum                ${theirRate.toFixed(0)} MB/s`);
console.log(
  `ratio ${(oursRate / theirRate).toFixed(2)} (target >= 0.80): ${oursRate >= 0.8 * theirRate ? 'met' : 'NOT met'}; digests agree: ${agreed}`,
);
console.log(
  `\n1,024 subjects: statement built in ${statementMs.toFixed(1)} ms (${(bytes / 1024).toFixed(0)} KiB)`,
);
if (!agreed || oursRate < 0.8 * theirRate) process.exitCode = 1;
