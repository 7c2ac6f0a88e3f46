import { expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog, readDirectoryFiles, wantedByCatalogers } from '../src';

/** Two packages built by rpmbuild and recorded by rpm itself in a fresh rpmdb.sqlite (Debian's rpm, scripts/setup.sh). */
function rootWithRpmDatabase(): string {
  const work = mkdtempSync(join(tmpdir(), 'sbom-rpm-'));
  const spec = (name: string, epoch: string) =>
    [
      `Name: ${name}`,
      'Version: 1.2.3',
      'Release: 4.el9',
      ...(epoch ? [`Epoch: ${epoch}`] : []),
      'Summary: x',
      'License: MIT AND Apache-2.0',
      'BuildArch: noarch',
      '%description',
      'x',
      '%files',
      '',
    ].join('\n');
  for (const [name, epoch] of [
    ['hello-sbom', '2'],
    ['plain-sbom', ''],
  ] as const) {
    writeFileSync(join(work, `${name}.spec`), spec(name, epoch));
    execFileSync(
      'rpmbuild',
      ['-bb', '--quiet', '--define', `_topdir ${join(work, 'build')}`, join(work, `${name}.spec`)],
      { stdio: 'ignore' },
    );
  }
  const root = join(work, 'root');
  const dbpath = join(root, 'var/lib/rpm');
  mkdirSync(dbpath, { recursive: true });
  execFileSync('rpm', ['--dbpath', dbpath, '--initdb']);
  const rpms = join(work, 'build/RPMS/noarch');
  for (const file of readdirSync(rpms))
    execFileSync('rpm', ['--dbpath', dbpath, '-i', '--justdb', '--nodeps', '--noscripts', join(rpms, file)]);
  return root;
}

test('rpmdb.sqlite: the packages rpm -qa lists, with epoch, arch, license and source rpm', async () => {
  const root = rootWithRpmDatabase();
  const byRpm = execFileSync(
    'rpm',
    [
      '--dbpath',
      join(root, 'var/lib/rpm'),
      '-qa',
      '--qf',
      '%{NAME}|%{VERSION}-%{RELEASE}|%{EPOCH}|%{ARCH}|%{LICENSE}|%{SOURCERPM}\\n',
    ],
    { encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .map((line) => line.split('|'))
    .sort();
  const found = catalog(await readDirectoryFiles(root, wantedByCatalogers()));
  expect(found.unread).toEqual([]);
  const rpms = found.components
    .filter((c) => c.ecosystem === 'rpm')
    .sort((a, b) => a.name.localeCompare(b.name));
  expect(rpms.map((c) => c.name)).toEqual(byRpm.map(([name]) => name));
  for (const [index, [name, version, epoch, arch, license, sourceRpm]] of byRpm.entries()) {
    const component = rpms[index]!;
    expect(component.version).toBe(version);
    expect(component.licenses).toEqual([license]);
    expect(`${component.source?.name}-${component.source?.version}.src.rpm`).toBe(sourceRpm);
    const epochQualifier = epoch === '(none)' ? '' : `&epoch=${epoch}`;
    expect(component.purl).toBe(`pkg:rpm/redhat/${name}@${version}?arch=${arch}${epochQualifier}`);
  }
});

test('BerkeleyDB and ndb databases are named as not read', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sbom-rpm-old-'));
  mkdirSync(join(root, 'var/lib/rpm'), { recursive: true });
  writeFileSync(join(root, 'var/lib/rpm/Packages'), 'bdb');
  const found = catalog(await readDirectoryFiles(root, wantedByCatalogers()));
  expect(found.unread).toEqual([
    { path: 'var/lib/rpm/Packages', reason: expect.stringMatching(/BerkeleyDB database, which is not read/) },
  ]);
});

test('a Node without node:sqlite: the database is named as not read, the other catalogers still run', async () => {
  const root = rootWithRpmDatabase();
  mkdirSync(join(root, 'etc'));
  writeFileSync(join(root, 'etc/os-release'), 'ID=rocky\nVERSION_ID=9.4\n');
  const original = process.getBuiltinModule;
  process.getBuiltinModule = ((id: string) =>
    id === 'node:sqlite' ? undefined : original(id)) as typeof original;
  try {
    const found = catalog(await readDirectoryFiles(root, wantedByCatalogers()));
    expect(found.os?.id).toBe('rocky');
    expect(found.unread).toEqual([
      { path: 'var/lib/rpm/rpmdb.sqlite', reason: expect.stringMatching(/node:sqlite is not in this Node/) },
    ]);
  } finally {
    process.getBuiltinModule = original;
  }
});

test('an unreadable rpmdb.sqlite (not a database) is named as not read; the dpkg packages beside it are still catalogued', async () => {
  const root = rootWithRpmDatabase();
  // The database cut short, as a layer written half-way would leave it: sqlite refuses it.
  const database = join(root, 'var/lib/rpm/rpmdb.sqlite');
  writeFileSync(database, Buffer.from('SQLite format 3\0'.padEnd(600, 'x')));
  mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true });
  copyFileSync('/var/lib/dpkg/status', join(root, 'var/lib/dpkg/status'));
  const found = catalog(await readDirectoryFiles(root, wantedByCatalogers()));
  expect(found.unread).toEqual([
    {
      path: 'var/lib/rpm/rpmdb.sqlite',
      reason: expect.stringMatching(/^not read as an rpm sqlite database \(.+\)$/),
    },
  ]);
  expect(found.components.filter((c) => c.ecosystem === 'rpm')).toEqual([]);
  expect(found.components.filter((c) => c.ecosystem === 'deb').length).toBeGreaterThan(50);
});
