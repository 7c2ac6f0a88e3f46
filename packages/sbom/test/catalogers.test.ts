import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, readDirectoryFiles, wantedByCatalogers, type Component } from '../src';
import { readOperatingSystem } from '../src/catalogers/os-release';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const work = mkdtempSync(join(tmpdir(), 'sbom-catalogers-'));
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
const key = (component: Pick<Component, 'name' | 'version'>) => `${component.name}@${component.version}`;

/** A root holding copies of the host's files at the same paths (links kept as links). */
function rootWith(name: string, paths: string[]): string {
  const root = join(work, name);
  for (const path of paths) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    cpSync(`/${path}`, join(root, path), { verbatimSymlinks: true, recursive: true });
  }
  return root;
}

test('os-release: the distribution as the shell reads the host file (a link to /usr/lib/os-release)', async () => {
  const root = rootWith('os', ['etc/os-release', 'usr/lib/os-release']);
  const os = readOperatingSystem(await readDirectoryFiles(root, wantedByCatalogers()));
  const [id, versionId, prettyName] = run('bash', [
    '-c',
    '. /etc/os-release; printf "%s|%s|%s" "$ID" "$VERSION_ID" "$PRETTY_NAME"',
  ]).split('|');
  expect(os).toMatchObject({ id, versionId, prettyName });
});

describe('dpkg', () => {
  const root = rootWith('dpkg', ['var/lib/dpkg/status']);
  // dpkg's own reading of the same database: installed packages, with source name and version.
  const byDpkg = run('dpkg-query', [
    `--admindir=${join(root, 'var/lib/dpkg')}`,
    '-W',
    '-f',
    '${db:Status-Abbrev}|${Package}|${Version}|${Architecture}|${source:Package}|${source:Version}\\n',
  ])
    .split('\n')
    .filter((line) => line.startsWith('ii'))
    .map((line) => line.split('|'));

  test('the status database: every installed package, version, arch and source as dpkg-query gives them', async () => {
    const found = catalog(await readDirectoryFiles(root, wantedByCatalogers()));
    const deb = found.components.filter((component) => component.ecosystem === 'deb');
    expect(byDpkg.length).toBeGreaterThan(50);
    expect(deb.map((c) => [c.name, c.version, c.source?.name, c.source?.version]).sort()).toEqual(
      byDpkg
        .map(([, name, version, , sourceName, sourceVersion]) => [name, version, sourceName, sourceVersion])
        .sort(),
    );
    const [, name, version, arch] = byDpkg[0]!;
    expect(deb.find((c) => c.name === name)?.purl).toBe(
      `pkg:deb/debian/${name}@${encodeURIComponent(version!)}?arch=${arch}`,
    );
  });

  test('distroless status.d files (one package each, no Status), with the distro in the purl and DEP-5 licenses', async () => {
    const distroless = rootWith('distroless', ['etc/os-release', 'usr/lib/os-release']);
    mkdirSync(join(distroless, 'var/lib/dpkg/status.d'), { recursive: true });
    const withCopyright = byDpkg
      .map(([, name]) => name!)
      .filter((name) => {
        const copyright = `/usr/share/doc/${name}/copyright`;
        return existsSync(copyright) && /^Format:.*copyright-format/m.test(readFileSync(copyright, 'utf8'));
      })
      .slice(0, 3);
    for (const name of withCopyright) {
      const paragraph = run('dpkg-query', ['-s', name]).replace(/^Status: .*\n/m, '');
      writeFileSync(join(distroless, 'var/lib/dpkg/status.d', name), paragraph);
      writeFileSync(join(distroless, 'var/lib/dpkg/status.d', `${name}.md5sums`), 'not a package\n');
      mkdirSync(join(distroless, 'usr/share/doc', name), { recursive: true });
      copyFileSync(`/usr/share/doc/${name}/copyright`, join(distroless, 'usr/share/doc', name, 'copyright'));
    }
    const found = catalog(await readDirectoryFiles(distroless, wantedByCatalogers()));
    expect(found.components.map((c) => c.name).sort()).toEqual([...withCopyright].sort());
    const [osId, versionId] = run('bash', [
      '-c',
      '. /etc/os-release; printf "%s|%s" "$ID" "$VERSION_ID"',
    ]).split('|');
    for (const component of found.components) {
      expect(component.purl).toMatch(
        new RegExp(`^pkg:deb/${osId}/${component.name}@.*[?&]distro=${osId}-${versionId}$`),
      );
      const declared = readFileSync(`/usr/share/doc/${component.name}/copyright`, 'utf8');
      expect(component.licenses.length).toBeGreaterThan(0);
      for (const license of component.licenses) expect(declared).toContain(`License: ${license}`);
    }
  });
});

describe('npm', () => {
  const lock = JSON.parse(readFileSync(join(repositoryRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; link?: boolean; name?: string }>;
  };
  // Installed entries, including those npm nests under a workspace (packages/x/node_modules/…).
  const installed = Object.entries(lock.packages).filter(
    ([path, entry]) => /(^|\/)node_modules\//.test(path) && !entry.link && entry.version,
  );

  test('installed node_modules/**/package.json: the version npm recorded in its lockfile for each', async () => {
    // The repository's own install, made by npm ci, hard-linked (not copied) into a fresh root.
    const root = join(work, 'npm-installed');
    mkdirSync(root);
    execFileSync('cp', ['-al', join(repositoryRoot, 'node_modules'), join(root, 'node_modules')]);
    const found = catalog(await readDirectoryFiles(root, wantedByCatalogers()));
    const byPath = new Map(found.components.map((c) => [c.foundIn, c]));
    const onDisk = installed.filter(([path]) => existsSync(join(root, path, 'package.json')));
    expect(onDisk.length).toBeGreaterThan(100);
    for (const [path, entry] of onDisk)
      expect(key(byPath.get(`${path}/package.json`)!)).toBe(
        `${entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 13)}@${entry.version}`,
      );
  });

  test('a link leaving the directory is not followed', async () => {
    const root = join(work, 'npm-link');
    mkdirSync(root);
    execFileSync('ln', ['-s', join(repositoryRoot, 'node_modules'), join(root, 'node_modules')]);
    expect(catalog(await readDirectoryFiles(root, wantedByCatalogers())).components).toEqual([]);
  });

  test('package-lock.json v3 alone: every installed entry, scoped names encoded in the purl', async () => {
    const root = join(work, 'npm-lock');
    mkdirSync(root);
    copyFileSync(join(repositoryRoot, 'package-lock.json'), join(root, 'package-lock.json'));
    const found = catalog(await readDirectoryFiles(root, wantedByCatalogers()));
    expect(found.components.map(key).sort()).toEqual(
      installed
        .map(
          ([path, entry]) =>
            `${entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 13)}@${entry.version}`,
        )
        .sort(),
    );
    const jest = found.components.find((c) => c.name === '@jest/globals');
    expect(jest?.purl).toBe(`pkg:npm/%40jest/globals@${jest?.version}`);
  });

  test('an installed tree: each package.json npm installed, not reported twice with the lockfile beside it', async () => {
    const root = join(work, 'npm-tree');
    mkdirSync(root);
    copyFileSync(join(repositoryRoot, 'package-lock.json'), join(root, 'package-lock.json'));
    const sample = installed
      .filter(([path]) => existsSync(join(repositoryRoot, path, 'package.json')))
      .slice(0, 40);
    for (const [path] of sample) {
      mkdirSync(join(root, path), { recursive: true });
      copyFileSync(join(repositoryRoot, path, 'package.json'), join(root, path, 'package.json'));
    }
    const found = catalog(await readDirectoryFiles(root, wantedByCatalogers()));
    expect(found.components).toHaveLength(installed.length);
    for (const [path, entry] of sample) {
      const component = found.components.find((c) => c.foundIn === `${path}/package.json`);
      expect(component?.version).toBe(entry.version);
    }
  });
});

test('python: the distributions importlib.metadata finds in Debian dist-packages (dist-info and egg-info)', async () => {
  const directory = '/usr/lib/python3/dist-packages';
  const byPython = JSON.parse(
    run('/usr/bin/python3', [
      '-c',
      'import importlib.metadata as m, json, sys; print(json.dumps(sorted(d.metadata["Name"] + "@" + d.version for d in m.distributions(path=[sys.argv[1]]))))',
      directory,
    ]),
  ) as string[];
  const found = catalog(await readDirectoryFiles(directory, wantedByCatalogers()));
  expect(byPython.length).toBeGreaterThan(5);
  expect(found.components.map(key).sort()).toEqual(byPython);
  const yaml = found.components.find((c) => c.name === 'PyYAML');
  if (yaml) expect(yaml.purl).toBe(`pkg:pypi/pyyaml@${yaml.version}`);
});
