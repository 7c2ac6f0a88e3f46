import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FileTree,
  catalog,
  goBuildInfoSniffer,
  parseBuildInfo,
  readDirectoryFiles,
  wantedByCatalogers,
} from '../src';
import { FIXTURE_MAIN_MODULE as MAIN_MODULE, goModuleBinary } from '../../../test/images/go-module';

// runc, as Debian's runc package installs it (scripts/setup.sh): a real Go executable.
const RUNC = '/usr/bin/runc';

const sniffed = (bytes: Buffer, chunkSize: number): Buffer | undefined => {
  let kept: Buffer | undefined;
  const sink = goBuildInfoSniffer((data) => (kept = data));
  for (let offset = 0; offset < bytes.length; offset += chunkSize)
    sink.write(bytes.subarray(offset, offset + chunkSize));
  sink.end();
  return kept;
};

describe('Go build info', () => {
  const binary = readFileSync(RUNC);

  test('found while streaming in any chunk size, the binary itself never kept; the Go version Debian built it with', () => {
    const whole = sniffed(binary, binary.length);
    expect(whole).toBeDefined();
    for (const size of [7, 4093, 1 << 20]) expect(sniffed(binary, size)).toEqual(whole);
    expect(whole!.length).toBeLessThan(4096);
    const info = parseBuildInfo(whole!);
    if (info === undefined || info === 'pointer-format') throw new Error('runc build info not read');
    // dpkg records the Go toolchain the package was built with: golang-1.19 (= 1.19.8-2).
    const builtUsing = execFileSync('dpkg-query', ['-W', '-f', '${Built-Using}', 'runc'], {
      encoding: 'utf8',
    });
    const toolchain = /golang-[\d.]+ \(= ([\d.]+)-/.exec(builtUsing)?.[1];
    expect(info.goVersion).toBe(`go${toolchain}`);
    expect(info.modinfo).toMatch(/^path\tgithub\.com\/opencontainers\/runc$/m);
  });

  test('a file that is not ELF is dropped at its first bytes', () => {
    expect(sniffed(Buffer.concat([Buffer.from('#!/bin/sh\n'), binary]), 4096)).toBeUndefined();
  });

  test('a directory: executables are sniffed, stdlib at the toolchain version; modules and replacements from mod/dep/=> lines', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sbom-go-'));
    mkdirSync(join(root, 'usr/bin'), { recursive: true });
    copyFileSync(RUNC, join(root, 'usr/bin/runc'));
    const found = catalog(await readDirectoryFiles(root, wantedByCatalogers(), goBuildInfoSniffer));
    expect(found.components.map((c) => c.purl)).toEqual([`pkg:golang/stdlib@v${parseVersion(binary)}`]);

    // Module lines as Go 1.18+ writes them (a hand-made blob: no module-mode Go binary ships in a Debian package).
    const modinfo = [
      'path\texample.com/app',
      'mod\texample.com/app\t(devel)\t',
      'dep\tgithub.com/A/b\tv1.2.3\th1:x=',
      'dep\tgolang.org/x/sys\tv0.1.0\th1:y=',
      '=>\tgolang.org/x/sys\tv0.2.0\th1:z=',
      '',
    ].join('\n');
    const tree = new FileTree();
    tree.set('app', { kind: 'file', data: buildInfoBlob('go1.22.4', modinfo) });
    expect(catalog(tree).components.map((c) => c.purl)).toEqual([
      'pkg:golang/example.com/app',
      'pkg:golang/github.com/A/b@v1.2.3',
      'pkg:golang/golang.org/x/sys@v0.2.0',
      'pkg:golang/stdlib@v1.22.4',
    ]);
  });
});

describe('a module-mode Go binary (built here by Debian golang-go from Debian golang-*-dev sources)', () => {
  let binary: string;
  beforeAll(async () => {
    binary = await goModuleBinary();
  }, 10 * 60_000);

  /** `go version -m`: the toolchain's own reading of the build info — Go version, then mod/dep/=> lines. */
  function goVersionM(): { goVersion: string; modules: Array<{ path: string; version?: string }> } {
    const [first = '', ...lines] = execFileSync('go', ['version', '-m', binary], { encoding: 'utf8' }).split(
      '\n',
    );
    const modules: Array<{ path: string; version?: string }> = [];
    for (const line of lines) {
      const [, kind, path, version] = line.split('\t');
      if (!path) continue;
      const module = { path, ...(version && version !== '(devel)' ? { version } : {}) };
      if (kind === 'mod' || kind === 'dep') modules.push(module);
      if (kind === '=>') modules[modules.length - 1] = module;
    }
    return { goVersion: first.split(': ')[1] ?? '', modules };
  }

  test('our packages are exactly the modules go version -m lists, plus stdlib at its Go version', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sbom-go-module-'));
    mkdirSync(join(root, 'usr/local/bin'), { recursive: true });
    copyFileSync(binary, join(root, 'usr/local/bin/app'));
    const found = catalog(await readDirectoryFiles(root, wantedByCatalogers(), goBuildInfoSniffer));
    const real = goVersionM();
    expect(real.modules.map((module) => module.path)).toEqual([
      MAIN_MODULE,
      'github.com/google/uuid',
      'github.com/pkg/errors',
    ]);
    expect(real.modules.slice(1).every((module) => /^v\d+\.\d+\.\d+/.test(module.version ?? ''))).toBe(true);
    expect(found.unread).toEqual([]);
    expect(found.components.map((c) => ({ name: c.name, version: c.version, foundIn: c.foundIn }))).toEqual([
      ...real.modules.map((module) => ({
        name: module.path,
        version: module.version ?? '',
        foundIn: 'usr/local/bin/app',
      })),
      { name: 'stdlib', version: real.goVersion.replace(/^go/, 'v'), foundIn: 'usr/local/bin/app' },
    ]);
    expect(found.components.map((c) => c.purl)).toContain(
      `pkg:golang/github.com/google/uuid@${real.modules[1]!.version}`,
    );
    // The main module is built from a checkout ((devel)): it has no version, and its purl none.
    expect(found.components[0]!.purl).toBe(`pkg:golang/${MAIN_MODULE}`);
  });

  test('the build info is found while the 2 MB binary streams by in small chunks; only it is kept', () => {
    const bytes = readFileSync(binary);
    const kept = sniffed(bytes, 4093);
    expect(kept).toBeDefined();
    expect(kept!.length).toBeLessThan(4096);
    const info = parseBuildInfo(kept!);
    if (info === undefined || info === 'pointer-format') throw new Error('build info not read');
    expect(info.goVersion).toBe(goVersionM().goVersion);
  });
});

function parseVersion(binary: Buffer): string {
  const info = parseBuildInfo(sniffed(binary, binary.length)!);
  return info && info !== 'pointer-format' ? info.goVersion.slice(2) : '';
}

/** The inline (Go 1.18+) layout: marker, pointer size, flags, padding to 32, then two uvarint-prefixed strings. */
function buildInfoBlob(version: string, modinfo: string): Buffer {
  const header = Buffer.alloc(32);
  header.write('\xff Go buildinf:', 0, 'latin1');
  header[14] = 8;
  header[15] = 2;
  const sentinel = Buffer.alloc(16, 1);
  const mod = Buffer.concat([sentinel, Buffer.from(modinfo), sentinel]);
  const prefixed = (data: Buffer) =>
    Buffer.concat([
      Buffer.from([
        (data.length & 0x7f) | (data.length > 127 ? 0x80 : 0),
        ...(data.length > 127 ? [data.length >> 7] : []),
      ]),
      data,
    ]);
  return Buffer.concat([header, prefixed(Buffer.from(version)), prefixed(mod)]);
}
