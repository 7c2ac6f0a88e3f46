import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfinementError,
  confinedFiles,
  isConfigurationError,
  type Confinement,
} from '@shipchain/action-runtime';

// A root with files, links that stay inside, and links that leave it for a sibling directory.
let top: string;
let root: string;
let temp: string;
let outside: string;
const SECRET = 'outside-secret-do-not-read\n';

beforeAll(() => {
  top = mkdtempSync(join(tmpdir(), 'confined-'));
  root = join(top, 'workspace');
  temp = join(top, 'runner-temp');
  outside = join(top, 'elsewhere');
  for (const dir of [root, temp, outside, join(root, 'overlays', 'dev'), join(outside, 'dir')])
    mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, 'overlays', 'dev', 'app.yaml'), 'image: web\n');
  writeFileSync(join(temp, 'report.xml'), '<testsuites/>\n');
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  writeFileSync(join(outside, 'dir', 'app.yaml'), SECRET);
  symlinkSync(join(outside, 'secret.txt'), join(root, 'overlays', 'dev', 'evil.yaml'));
  symlinkSync('app.yaml', join(root, 'overlays', 'dev', 'alias.yaml'));
  symlinkSync(join(outside, 'dir'), join(root, 'overlays', 'shared'));
  symlinkSync('/proc/self/environ', join(root, 'environ.xml'));
  symlinkSync(join(root, 'missing.yaml'), join(root, 'dangling.yaml'));
  execFileSync('mkfifo', [join(root, 'pipe.xml')]);
});
afterAll(() => rmSync(top, { recursive: true, force: true }));

const never = (): Confinement => ({
  roots: [{ path: root, name: 'the repository' }],
  symlinks: 'never',
  input: 'paths',
});
const inside = (): Confinement => ({
  roots: [
    { path: root, name: 'the workspace' },
    { path: temp, name: 'RUNNER_TEMP' },
  ],
  symlinks: 'inside',
  input: 'reports',
});

function refusal(run: () => unknown): ConfinementError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfinementError);
    expect(isConfigurationError(error)).toBe(true);
    return error as ConfinementError;
  }
  throw new Error('expected a refusal');
}

describe('symlinks: never (GitOps manifests)', () => {
  test('a plain file is read, and rewritten in place with its inode and mode kept', () => {
    const files = confinedFiles(never());
    const path = join(root, 'overlays', 'dev', 'app.yaml');
    chmodSync(path, 0o640);
    const before = statSync(path);
    expect(files.readFileSync('overlays/dev/app.yaml').toString()).toBe('image: web\n');
    files.writeFileSync('overlays/dev/app.yaml', 'image: web@sha256:1\n');
    files.writeFileSync('overlays/dev/app.yaml', 'x\n'); // shorter: truncated, not overlaid
    const after = statSync(path);
    expect(readFileSync(path, 'utf8')).toBe('x\n');
    expect([after.ino, after.mode & 0o777]).toEqual([before.ino, 0o640]);
    writeFileSync(path, 'image: web\n');
  });

  test('a link to a file outside is refused by name for reads and writes; the target is untouched', () => {
    const files = confinedFiles(never());
    const read = refusal(() => files.readFileSync('overlays/dev/evil.yaml'));
    expect(read.reason).toBe('symlink');
    expect(read.path).toBe('overlays/dev/evil.yaml');
    expect(read.input).toBe('paths');
    expect(read.message).toBe(
      `Input "paths": overlays/dev/evil.yaml is a symbolic link (to ${join(outside, 'secret.txt')}), and files named by "paths" are never read or written through symbolic links. Name the file itself, or replace the link with the file.`,
    );
    expect(refusal(() => files.writeFileSync('overlays/dev/evil.yaml', 'pwned\n')).reason).toBe('symlink');
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe(SECRET);
  });

  test('a link that stays inside is refused too: the link is what is deployed', () => {
    const error = refusal(() => confinedFiles(never()).readFileSync('overlays/dev/alias.yaml'));
    expect(error.message).toContain('overlays/dev/alias.yaml is a symbolic link (to app.yaml)');
  });

  test('a symlinked directory in the middle of the path is named', () => {
    const files = confinedFiles(never());
    const error = refusal(() => files.writeFileSync('overlays/shared/app.yaml', 'pwned\n'));
    expect(error.reason).toBe('symlink');
    expect(error.message).toContain(
      `overlays/shared/app.yaml is reached through the symbolic link overlays/shared (to ${join(outside, 'dir')})`,
    );
    expect(readFileSync(join(outside, 'dir', 'app.yaml'), 'utf8')).toBe(SECRET);
  });

  test('.. and absolute paths that leave the root are refused as outside', () => {
    const files = confinedFiles(never());
    for (const path of ['../elsewhere/secret.txt', join(outside, 'secret.txt'), 'overlays/../../elsewhere']) {
      const error = refusal(() => files.readFileSync(path));
      expect(error.reason).toBe('outside');
      expect(error.message).toContain('is outside the repository; only files inside the repository are read');
    }
  });

  test('a dangling link is a link, a missing file is missing', () => {
    const files = confinedFiles(never());
    expect(refusal(() => files.readFileSync('dangling.yaml')).reason).toBe('symlink');
    expect(refusal(() => files.readFileSync('nope.yaml')).message).toBe(
      'Input "paths": nope.yaml does not exist.',
    );
  });

  test('a root reached through a symbolic link is fine: only links below it count', () => {
    const linkedRoot = join(top, 'linked-root');
    symlinkSync(root, linkedRoot);
    const files = confinedFiles({ ...never(), roots: [{ path: linkedRoot, name: 'the repository' }] });
    expect(files.readFileSync('overlays/dev/app.yaml').toString()).toBe('image: web\n');
    expect(refusal(() => files.readFileSync('overlays/dev/evil.yaml')).reason).toBe('symlink');
  });
});

describe('symlinks: inside (reports, test files, provenance subjects)', () => {
  test('a link that stays inside is followed; a file in the second root is allowed', () => {
    const files = confinedFiles(inside());
    expect(files.readFileSync('overlays/dev/alias.yaml').toString()).toBe('image: web\n');
    expect(files.check(join(temp, 'report.xml'))).toBe(join(temp, 'report.xml'));
  });

  test('a link leading out is refused with the link and both roots named', () => {
    const error = refusal(() => confinedFiles(inside()).readFileSync('overlays/dev/evil.yaml'));
    expect(error.reason).toBe('outside');
    expect(error.message).toBe(
      `Input "reports": overlays/dev/evil.yaml leads outside the workspace or RUNNER_TEMP (to ${join(outside, 'secret.txt')}) through the symbolic link overlays/dev/evil.yaml (to ${join(outside, 'secret.txt')}); only files inside the workspace or RUNNER_TEMP are read. Name a file inside the workspace or RUNNER_TEMP, or replace the link with the file.`,
    );
  });

  test('a symlinked directory leading out is named', () => {
    const error = refusal(() => confinedFiles(inside()).check('overlays/shared/app.yaml'));
    expect(error.message).toContain('through the symbolic link overlays/shared');
  });

  test('a link to /proc/self/environ is refused before it is opened', async () => {
    const files = confinedFiles(inside());
    expect(refusal(() => files.check('environ.xml')).reason).toBe('outside');
    await expect(files.open('environ.xml')).rejects.toMatchObject({ reason: 'outside', path: 'environ.xml' });
  });

  test('an absolute path outside both roots is refused', () => {
    const error = refusal(() => confinedFiles(inside()).check('/etc/hostname'));
    expect(error.message).toContain('/etc/hostname is outside the workspace or RUNNER_TEMP');
  });

  test('a FIFO is refused as not a regular file, without hanging the open', async () => {
    await expect(confinedFiles(inside()).open('pipe.xml')).rejects.toMatchObject({
      reason: 'not-a-file',
      message: 'Input "reports": pipe.xml is not a regular file.',
    });
  });

  test('open gives a handle that streams the checked file', async () => {
    const handle = await confinedFiles(inside()).open('overlays/dev/alias.yaml');
    try {
      expect((await handle.readFile()).toString()).toBe('image: web\n');
    } finally {
      await handle.close();
    }
  });

  test('partition keeps the order of allowed paths and collects the refusals', () => {
    const { allowed, refused } = confinedFiles(inside()).partition([
      'overlays/dev/app.yaml',
      'overlays/dev/evil.yaml',
      'overlays/dev/alias.yaml',
      'environ.xml',
    ]);
    expect(allowed).toEqual(['overlays/dev/app.yaml', 'overlays/dev/alias.yaml']);
    expect(refused.map((refusal) => refusal.error.reason)).toEqual(['outside', 'outside']);
    expect(refused.map((refusal) => [refusal.path, refusal.error.path])).toEqual([
      ['overlays/dev/evil.yaml', 'overlays/dev/evil.yaml'],
      ['environ.xml', 'environ.xml'],
    ]);
  });
});

describe('a path swapped while it is read (check, then open)', () => {
  // Another process flips a directory between a real one and a link to the outside as fast as it
  // can; the pre-open check alone would sometimes pass the real one and open through the link.
  test('the descriptor is checked after the open: the outside file is never read', async () => {
    const arena = join(top, 'race');
    mkdirSync(join(arena, 'root', 'dir'), { recursive: true });
    mkdirSync(join(arena, 'out'));
    writeFileSync(join(arena, 'root', 'dir', 'file.yaml'), 'inside\n');
    writeFileSync(join(arena, 'out', 'file.yaml'), SECRET);
    symlinkSync(join(arena, 'out'), join(arena, 'root', 'dir.link'));
    const flipper = spawn(
      process.execPath,
      [
        '-e',
        `const { renameSync } = require('node:fs');
         const [dir, real, link] = ['dir', 'dir.real', 'dir.link'].map((n) => ${JSON.stringify(join(arena, 'root'))} + '/' + n);
         for (;;) { renameSync(dir, real); renameSync(link, dir); renameSync(dir, link); renameSync(real, dir); }`,
      ],
      { stdio: 'ignore' },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const outcomes = { inside: 0, refused: 0, outside: 0 };
      for (const symlinks of ['inside', 'never'] as const) {
        const files = confinedFiles({
          roots: [{ path: join(arena, 'root'), name: 'the root' }],
          symlinks,
          input: 'x',
        });
        for (let i = 0; i < 20_000; i++) {
          try {
            const text = files.readFileSync('dir/file.yaml').toString();
            outcomes[text === SECRET ? 'outside' : 'inside']++;
          } catch (error) {
            if (!(error instanceof ConfinementError)) throw error;
            outcomes.refused++;
          }
        }
      }
      expect(outcomes.outside).toBe(0);
      expect(outcomes.inside).toBeGreaterThan(0);
      expect(outcomes.refused).toBeGreaterThan(0);
    } finally {
      flipper.kill();
    }
  });
});
