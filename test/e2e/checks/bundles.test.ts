import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  ABSENT_OPTIONAL_DEPENDENCIES,
  REPOSITORY_ARCHIVE_LIMIT_BYTES,
  buildBundle,
  compareWithCommitted,
  describeArchiveSize,
  repositoryArchiveBytes,
  repositoryArchivePaths,
} from '../../../scripts/bundles';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = join(root, 'test/fixtures/runtime-action');
// Inside the repo so the copy resolves @shipchain/action-runtime from the root node_modules.
const scratch = join(root, '.cache/tmp', `bundles-${process.pid}`);

describe('dist bundles', () => {
  beforeAll(async () => {
    await mkdir(scratch, { recursive: true });
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  test('building twice gives byte-identical files, equal to the committed dist/', async () => {
    const first = await buildBundle(fixture);
    const second = await buildBundle(fixture);
    expect([...first.keys()].sort()).toEqual(['index.js', 'licenses.txt', 'package.json']);
    for (const [name, content] of first) expect(second.get(name)?.equals(content)).toBe(true);
    expect(await compareWithCommitted(fixture, first)).toEqual([]);
  });

  test('a stale committed bundle makes the check fail, naming the file and the fix', async () => {
    const copy = join(scratch, 'stale-action');
    await cp(fixture, copy, { recursive: true });
    const main = join(copy, 'src/main.ts');
    await writeFile(main, (await readFile(main, 'utf8')).replace("'hello'", "'good day'"));
    await writeFile(join(copy, 'dist/leftover.js'), '// from an old build\n');

    const check = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/bundles.ts', '--check', copy], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(check.status).toBe(1);
    // The message shows where the bundles part, so a nondeterministic build can be diagnosed from CI logs.
    expect(check.stderr).toMatch(
      /stale-action\/dist\/index\.js differs from a fresh build \(first at line \d+: committed ".*", fresh ".*"\)/,
    );
    expect(check.stderr).toContain('stale-action/dist/leftover.js is not produced by the build (stale file)');
    expect(check.stderr).toContain('run `npm run bundle` and commit the dist/ changes');
  });

  test('an optional dependency nothing calls (iconv-lite) is left out, and its require fails inside the try that expects it', async () => {
    expect(ABSENT_OPTIONAL_DEPENDENCIES).toEqual({ 'iconv-lite': 'node:iconv-lite' });
    const dist = join(root, 'actions/image-sign/dist');
    const chunks = await Promise.all(
      (await readdir(dist))
        .filter((name) => name.endsWith('.js'))
        .map((name) => readFile(join(dist, name), 'utf8')),
    );
    const code = chunks.join('\n');
    // minipass-fetch (under @sigstore/sign) asks for it in a try/catch…
    const asked = /try \{\n\s*decode = \(__webpack_require__\((\d+)\)\.decode\)\n\} catch/.exec(code);
    expect(asked).not.toBeNull();
    // …and gets the `node:` name, which Node refuses without a search; iconv-lite's own code is not there.
    expect(code).toContain(
      `/***/ ${asked?.[1]}:\n/***/ ((module) => {\n\nmodule.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:iconv-lite");`,
    );
    expect(code).not.toContain('DBCSCodec');
    const node24 = join(root, 'node_modules/.bin/node');
    const probe = spawnSync(
      node24,
      ['-e', 'try { require("node:iconv-lite") } catch (e) { console.log(e.code) }'],
      {
        encoding: 'utf8',
      },
    );
    expect(probe.stdout.trim()).toBe('ERR_UNKNOWN_BUILTIN_MODULE');
  });

  test('the repository a runner downloads (git archive HEAD | gzip) stays under the 8 MB limit', async () => {
    const bytes = await repositoryArchiveBytes();
    expect(REPOSITORY_ARCHIVE_LIMIT_BYTES).toBe(8 * 1024 * 1024);
    expect(bytes).toBeGreaterThan(100 * 1024); // the sources and bundles are in it
    expect(bytes).toBeLessThanOrEqual(REPOSITORY_ARCHIVE_LIMIT_BYTES);
    expect(describeArchiveSize(bytes)).toEqual({
      over: false,
      line: expect.stringMatching(
        /^repository archive \(git archive HEAD \| gzip\): \d+\.\d\d MB of the 8\.00 MB limit$/,
      ),
    });
  });

  test('the archive keeps every file an action runs on and leaves out tests and benchmarks', async () => {
    const paths = new Set(await repositoryArchivePaths());
    const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
    expect(tracked.status).toBe(0);
    const files = tracked.stdout.split('\0').filter(Boolean);
    const actions = (await readdir(join(root, 'actions'))).sort();
    expect(actions.length).toBeGreaterThanOrEqual(10);
    // What a `uses:` needs: action.yml, its README, the whole committed dist/; and the example workflows.
    const needed = files.filter(
      (path) =>
        /^actions\/[^/]+\/(action\.yml|README\.md|dist\/.+)$/.test(path) ||
        path.startsWith('workflows-examples/'),
    );
    for (const action of actions) {
      expect(needed).toContain(`actions/${action}/action.yml`);
      expect(needed).toContain(`actions/${action}/dist/index.js`);
    }
    expect(needed.filter((path) => !paths.has(path))).toEqual([]);
    // Sources stay too: the downloaded action can be checked against the code it was built from.
    expect(paths.has('packages/action-runtime/src/toolkit.ts')).toBe(true);
    expect(paths.has('package-lock.json')).toBe(true);
    const left = [...paths].filter((path) =>
      /^(test|bench)\/|^(packages|actions)\/[^/]+\/test\/|^action-metadata\/test\//.test(path),
    );
    expect(left).toEqual([]);
    // …and they were in the repository to leave out.
    expect(files.some((path) => path.startsWith('test/e2e/'))).toBe(true);
    expect(files.some((path) => path.startsWith('bench/'))).toBe(true);
  });

  test('a commit that takes the archive over the limit is measured as such and fails, naming the fix', async () => {
    // 9 MB of random bytes do not compress: the archive of this commit is over 8 MB.
    const repository = join(scratch, 'heavy-repository');
    await mkdir(repository, { recursive: true });
    await writeFile(join(repository, 'fixture.bin'), randomBytes(9 * 1024 * 1024));
    const git = (...args: string[]): void => {
      const result = spawnSync('git', args, { cwd: repository, encoding: 'utf8' });
      expect(result.status).toBe(0);
    };
    git('init', '--quiet');
    git('add', 'fixture.bin');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'heavy');
    const bytes = await repositoryArchiveBytes(repository);
    expect(bytes).toBeGreaterThan(9 * 1024 * 1024);
    const size = describeArchiveSize(bytes);
    expect(size.over).toBe(true);
    expect(size.line).toMatch(/is 9\.\d\d MB, over the 8\.00 MB limit: every `uses:` downloads it/);
    await expect(repositoryArchiveBytes(repository, 'no-such-ref')).rejects.toThrow(
      /git archive no-such-ref failed/,
    );
  });
});
