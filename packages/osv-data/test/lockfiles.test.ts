import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkoutPackages, type PackageList } from '../src';

const fixture = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/checkout');
let checkout: string;
let outside: string;
let list: PackageList;

beforeAll(async () => {
  checkout = mkdtempSync(join(tmpdir(), 'osv-checkout-'));
  outside = mkdtempSync(join(tmpdir(), 'osv-outside-'));
  cpSync(fixture, checkout, { recursive: true });
  // Installed copies and links out of the checkout are not the project's lockfiles.
  mkdirSync(join(checkout, 'web/node_modules/left-pad'), { recursive: true });
  writeFileSync(
    join(checkout, 'web/node_modules/left-pad/package-lock.json'),
    '{"lockfileVersion":3,"packages":{"node_modules/left-pad":{"version":"1.3.0"}}}',
  );
  writeFileSync(join(outside, 'requirements.txt'), 'outside==1.0\n');
  symlinkSync(outside, join(checkout, 'linked'));
  list = await checkoutPackages(checkout);
});
afterAll(() => {
  rmSync(checkout, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** `file:line ecosystem name version` per package of one file. */
const found = (file: string) =>
  list.packages
    .filter((ref) => ref.location.file === file)
    .map((ref) => `${ref.location.line} ${ref.ecosystem} ${ref.name} ${ref.version}`);
const skipped = (file: string) =>
  list.notScanned
    .filter((entry) => entry.location.file === file)
    .map((entry) => `${entry.location.line} ${entry.subject}: ${entry.reason}`);

/** The 1-based line of the first line containing `text` in a fixture file. */
const lineOf = (file: string, text: string) =>
  readFileSync(join(fixture, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

test('only lockfiles of the checkout are read: not node_modules, not a link out of it', () => {
  expect(
    [...new Set([...list.packages, ...list.notScanned].map((entry) => entry.location.file))].sort(),
  ).toEqual([
    'java/pom.xml',
    'services/api/requirements-base.txt',
    'services/api/requirements.txt',
    'services/worker/poetry.lock',
    'tools/legacy/go.sum',
    'tools/migrate/go.mod',
    'web/package-lock.json',
  ]);
});

test('package-lock.json v3: every installed entry (nested ones too) at the line of its key; links and the root left out', () => {
  const file = 'web/package-lock.json';
  expect(found(file)).toEqual([
    `${lineOf(file, '"node_modules/@sigstore/mock"')} npm @sigstore/mock 0.13.0`,
    `${lineOf(file, '"node_modules/sax"')} npm sax 1.6.1`,
    `${lineOf(file, '"node_modules/xml2js"')} npm xml2js 0.6.2`,
    `${lineOf(file, '"node_modules/xml2js/node_modules/sax"')} npm sax 1.2.4`,
    `${lineOf(file, '"node_modules/xmlbuilder"')} npm xmlbuilder 11.0.1`,
    `${lineOf(file, '"node_modules/yaml"')} npm yaml 2.9.1`,
  ]);
});

test('requirements: pinned lines (extras, markers, hashes, ===) looked up; ranges, bare names, editables and URLs listed as not scanned', () => {
  expect(found('services/api/requirements.txt')).toEqual([
    '8 PyPI certifi 2023.7.22',
    '12 PyPI charset-normalizer 3.3.2',
    '15 PyPI pyyaml 6.0',
    '17 PyPI requests 2.31.0',
  ]);
  expect(skipped('services/api/requirements.txt')).toEqual([
    '18 urllib3: not pinned with == (the installed version is unknown)',
    '19 Django: not pinned with == (the installed version is unknown)',
    '20 -e git+https://github.com/example/shipchain-client.git@v1.2.0#egg=shipchain-client: an editable install (a checkout, no released version)',
    '21 internal-tools: installed from a URL (no released version)',
  ]);
  expect(found('services/api/requirements-base.txt')).toEqual([
    '1 PyPI jinja2 3.1.2',
    '2 PyPI zope-interface 6.1',
  ]);
  const pyyaml = list.packages.find(
    (ref) => ref.name === 'pyyaml' && ref.location.file.endsWith('requirements.txt'),
  );
  expect(pyyaml?.installed).toEqual({ name: 'PyYAML', version: '6.0' });
});

test("poetry.lock: each [[package]]'s own name and version, not its sub-tables' keys", () => {
  const file = 'services/worker/poetry.lock';
  expect(found(file)).toEqual([
    `${lineOf(file, 'name = "celery"')} PyPI celery 5.3.4`,
    `${lineOf(file, 'name = "PyYAML"')} PyPI pyyaml 6.0`,
    `${lineOf(file, 'name = "kombu"')} PyPI kombu 5.3.4`,
  ]);
});

test('go.mod: requires (block and single, +incompatible, pseudo-versions), replace applied, local replacement not scanned, stdlib at the toolchain', () => {
  const file = 'tools/migrate/go.mod';
  expect(found(file)).toEqual([
    `${lineOf(file, 'google/uuid')} Go github.com/google/uuid 1.4.0`,
    `${lineOf(file, 'x/net')} Go golang.org/x/net 0.17.0`,
    `${lineOf(file, 'docker/docker')} Go github.com/docker/docker 24.0.7+incompatible`,
    `${lineOf(file, 'replace golang.org/x/text')} Go golang.org/x/text 0.13.0`,
    `${lineOf(file, 'pkg/errors')} Go github.com/pkg/errors 0.9.1`,
    `${lineOf(file, 'toolchain')} Go stdlib 1.21.5`,
  ]);
  expect(skipped(file)).toEqual([
    `${lineOf(file, 'replace example.com')} example.com/internal/schema@v0.0.0-20231106174013-bbf56f31fb17: replaced by the local directory ../schema`,
  ]);
});

test('go.sum without a go.mod beside it: modules with a content hash, not the go.mod-only lines', () => {
  expect(found('tools/legacy/go.sum')).toEqual([
    '1 Go github.com/gorilla/websocket 1.4.2',
    '3 Go golang.org/x/net 0.0.0-20220722155237-a158d28d115b',
  ]);
});

test('pom.xml: literal versions and ${property} chains resolved in the file; parent-managed, ranges and unknown properties not scanned; comments ignored', () => {
  const file = 'java/pom.xml';
  expect(found(file)).toEqual([
    `${lineOf(file, '<groupId>com.google.guava') - 1} Maven com.google.guava:guava 32.1.3-jre`,
    `${lineOf(file, '<groupId>com.fasterxml') - 1} Maven com.fasterxml.jackson.core:jackson-databind 2.13.4`,
    `${lineOf(file, '<artifactId>orders-api') - 2} Maven com.example.shipchain:orders-api 2.3.0-SNAPSHOT`,
    `${lineOf(file, '<groupId>org.yaml') - 1} Maven org.yaml:snakeyaml 1.33`,
  ]);
  expect(skipped(file).map((line) => line.replace(/^\d+ /, ''))).toEqual([
    'org.springframework.boot:spring-boot-starter-web: no version here (it comes from a parent POM or an imported BOM)',
    'org.apache.commons:commons-text: its version [1.9,2.0) is a range (the resolved version is unknown)',
    'io.netty:netty-handler: its version ${netty.version} refers to a property not defined in this file',
  ]);
});
