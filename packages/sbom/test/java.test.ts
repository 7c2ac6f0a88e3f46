import { expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { withDeclaredSize } from '../../../test/services/lib/zip-declared-size';
import { catalog, readDirectoryFiles, wantedByCatalogers } from '../src';
import { zipMembers } from '../src/catalogers/zip-entries';

// A jar as Debian's libcommons-io-java package installs it (scripts/setup.sh): built by Maven.
const JAR = realpathSync('/usr/share/java/commons-io.jar');

/** What unzip, the real tool, reads from the jar's pom.properties. */
function coordinatesByUnzip(jar: string): string {
  const text = execFileSync('unzip', ['-p', jar, 'META-INF/maven/*/*/pom.properties'], { encoding: 'utf8' });
  const field = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(text)?.[1]?.trim();
  return `${field('groupId')}:${field('artifactId')}@${field('version')}`;
}

test('a jar: its Maven coordinates as pom.properties gives them; nested in a war built by zip, found inside it too', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sbom-java-'));
  mkdirSync(join(root, 'usr/share/java'), { recursive: true });
  copyFileSync(JAR, join(root, 'usr/share/java', basename(JAR)));
  const staging = mkdtempSync(join(tmpdir(), 'sbom-war-'));
  mkdirSync(join(staging, 'WEB-INF/lib'), { recursive: true });
  copyFileSync(JAR, join(staging, 'WEB-INF/lib/commons-io.jar'));
  mkdirSync(join(root, 'srv'));
  execFileSync('zip', ['-q', '-r', join(root, 'srv/app.war'), 'WEB-INF'], { cwd: staging });

  const found = catalog(await readDirectoryFiles(root, wantedByCatalogers()));
  const expected = coordinatesByUnzip(JAR);
  const maven = found.components.filter((c) => c.ecosystem === 'maven');
  expect(maven.map((c) => `${c.name}@${c.version}`)).toEqual([expected, expected]);
  expect(maven.map((c) => c.foundIn).sort()).toEqual([
    `srv/app.war!/WEB-INF/lib/commons-io.jar`,
    `usr/share/java/${basename(JAR)}`,
  ]);
  const [group, rest] = expected.split(':');
  const [artifact, version] = rest!.split('@');
  expect(maven[0]?.purl).toBe(`pkg:maven/${group}/${artifact}@${version}`);
  // The war itself has neither pom.properties nor a MANIFEST naming it: said, not skipped.
  expect(found.unread).toEqual([
    { path: 'srv/app.war', reason: expect.stringMatching(/no pom\.properties/) },
  ]);
});

test('a file named .jar that is not a zip is reported unread, the rest still catalogued', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sbom-java-bad-'));
  mkdirSync(join(root, 'lib'));
  execFileSync('sh', ['-c', 'echo not a zip > lib/broken.jar'], { cwd: root });
  copyFileSync(JAR, join(root, 'lib/ok.jar'));
  const found = catalog(await readDirectoryFiles(root, wantedByCatalogers()));
  expect(found.components).toHaveLength(1);
  expect(found.unread).toEqual([
    { path: 'lib/broken.jar', reason: expect.stringMatching(/not read as a zip/) },
  ]);
});

test('a zip bomb member (inflating past its declared size) is refused at that size: the jar is reported unread, nothing crashes', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sbom-java-bomb-'));
  const staging = mkdtempSync(join(tmpdir(), 'sbom-java-bomb-src-'));
  mkdirSync(join(staging, 'META-INF/maven/org.example/bomb'), { recursive: true });
  const pom = 'META-INF/maven/org.example/bomb/pom.properties';
  // 4 MiB of one line: deflates to a few KiB; the directory will say 200 bytes.
  writeFileSync(
    join(staging, pom),
    `groupId=org.example\nartifactId=bomb\nversion=1.0\n#${'x'.repeat(4 << 20)}\n`,
  );
  mkdirSync(join(root, 'lib'));
  execFileSync('zip', ['-q', '-X', '-r', join(root, 'lib/bomb.jar'), 'META-INF'], { cwd: staging });
  const jar = readFileSync(join(root, 'lib/bomb.jar'));
  writeFileSync(join(root, 'lib/bomb.jar'), withDeclaredSize(jar, pom, 200));
  copyFileSync(JAR, join(root, 'lib/ok.jar'));

  const found = catalog(await readDirectoryFiles(root, wantedByCatalogers()));
  expect(found.components.map((c) => c.foundIn)).toEqual(['lib/ok.jar']);
  expect(found.unread).toEqual([
    {
      path: 'lib/bomb.jar',
      reason: `a member not read (${pom}: inflates to more than its declared 200 bytes (a zip bomb or a damaged member))`,
    },
  ]);
});

test('zip members are read to exactly their declared size; a size deflate cannot reach, or a short member, is refused', () => {
  const staging = mkdtempSync(join(tmpdir(), 'sbom-zip-sizes-'));
  writeFileSync(join(staging, 'a.txt'), 'a'.repeat(10_000));
  writeFileSync(join(staging, 'b.txt'), 'plain text, stored');
  writeFileSync(join(staging, 'empty.txt'), '');
  execFileSync('zip', ['-q', '-X', 'z.zip', 'a.txt'], { cwd: staging });
  // An empty member (zip stores it whatever the method asked).
  execFileSync('zip', ['-q', '-X', '-Z', 'deflate', 'z.zip', 'empty.txt'], { cwd: staging });
  execFileSync('zip', ['-q', '-X', '-0', 'z.zip', 'b.txt'], { cwd: staging });
  const archive = readFileSync(join(staging, 'z.zip'));
  const read = (zip: Buffer) =>
    Object.fromEntries(zipMembers(zip).map((m) => [m.name, () => m.read().toString('utf8')]));
  const members = read(archive);
  expect(members['a.txt']?.()).toBe('a'.repeat(10_000));
  expect(members['b.txt']?.()).toBe('plain text, stored');
  expect(members['empty.txt']?.()).toBe('');
  // Declared larger than the member inflates to: a damaged or lying entry, refused rather than padded.
  expect(() => read(withDeclaredSize(archive, 'a.txt', 10_001))['a.txt']?.()).toThrow(
    'a.txt: inflates to 10000 bytes, not its declared 10001',
  );
  // Declared far beyond what deflate can make of the compressed bytes: refused before allocating it.
  expect(() => read(withDeclaredSize(archive, 'a.txt', 200 * 1024 * 1024))['a.txt']?.()).toThrow(
    /a\.txt: declares 209715200 bytes from \d+ compressed, more than deflate can produce/,
  );
  expect(() => read(withDeclaredSize(archive, 'b.txt', 5))['b.txt']?.()).toThrow(
    /b\.txt: compression method 0 or size 5 not read/,
  );
});
