// apk-tools is not packaged in Debian bookworm, so no real apk can write a database here. The
// `installed` file below is written by hand following the format apk documents for its install
// database (the "Apk spec" page of the Alpine wiki, database.c): one `K:value` line per field,
// P name, V version, A arch, L license, o origin (the source package), D dependencies (`so:` and
// `cmd:` entries are provided capabilities, `!name` a conflict), F/R/a/Z the files; a blank line
// ends each package.
import { expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog, readDirectoryFiles, wantedByCatalogers } from '../src';

const INSTALLED = [
  'C:Q1sEiw8hNxdDR55vmiNQi2GafWSvI=',
  'P:libcrypto3',
  'V:3.1.4-r5',
  'A:x86_64',
  'S:1763237',
  'I:4493312',
  'T:Crypto library from openssl',
  'U:https://www.openssl.org/',
  'L:Apache-2.0',
  'o:openssl',
  'm:A Packager <packager@example.org>',
  't:1706550296',
  'c:e3fcd8d6e3ab63e4bb6cc4d49a3046ec8e1cdbcf',
  'D:so:libc.musl-x86_64.so.1',
  'p:so:libcrypto.so.3=3',
  'F:lib',
  'R:libcrypto.so.3',
  'a:0:0:755',
  'Z:Q1Wt+U0B+Ly0yg0tH8sQfdyJ5e8vk=',
  '',
  'C:Q1u1BXBnfLMtS1R6uo3E3FSvNabGA=',
  'P:apk-tools',
  'V:2.14.0-r5',
  'A:x86_64',
  'L:GPL-2.0-only',
  'o:apk-tools',
  'D:musl>=1.2.3_git20230424 ca-certificates-bundle so:libc.musl-x86_64.so.1 so:libcrypto.so.3 !apk-tools-static libcrypto3=3.1.4-r5',
  'F:sbin',
  'R:apk',
  'a:0:0:755',
  '',
  // A record with no version is not a package apk would install: skipped, not guessed at.
  'P:half-written',
  '',
].join('\n');

test('lib/apk/db/installed: name, version, arch, license, origin as the source package, dependencies by name', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sbom-apk-'));
  mkdirSync(join(root, 'lib/apk/db'), { recursive: true });
  mkdirSync(join(root, 'etc'));
  writeFileSync(join(root, 'lib/apk/db/installed'), INSTALLED);
  writeFileSync(
    join(root, 'etc/os-release'),
    'ID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME="Alpine Linux v3.19"\n',
  );

  const found = catalog(await readDirectoryFiles(root, wantedByCatalogers()));
  expect(found.unread).toEqual([]);
  expect(found.components).toEqual([
    {
      ecosystem: 'apk',
      name: 'libcrypto3',
      version: '3.1.4-r5',
      purl: 'pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1',
      licenses: ['Apache-2.0'],
      foundIn: 'lib/apk/db/installed',
      // Built from openssl's APKBUILD: the origin is the source package, at the package's version.
      source: { name: 'openssl', version: '3.1.4-r5' },
      dependsOn: [],
    },
    {
      ecosystem: 'apk',
      name: 'apk-tools',
      version: '2.14.0-r5',
      purl: 'pkg:apk/alpine/apk-tools@2.14.0-r5?arch=x86_64&distro=alpine-3.19.1',
      licenses: ['GPL-2.0-only'],
      foundIn: 'lib/apk/db/installed',
      source: { name: 'apk-tools', version: '2.14.0-r5' },
      // Version constraints dropped; capabilities (so:) and conflicts (!) are not packages.
      dependsOn: ['musl', 'ca-certificates-bundle', 'libcrypto3'],
    },
  ]);
});
