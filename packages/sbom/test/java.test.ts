import { expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { catalog, readDirectoryFiles, wantedByCatalogers } from '../src';

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
