// Go executables with real module build info (main module, dependencies with versions, Go
// version), built here by Debian's golang-go from a small module whose dependencies are Debian's
// golang-*-dev sources (/usr/share/gocode), vendored with a vendor/modules.txt: no network, no
// module proxy. (Debian builds its own Go programs in GOPATH mode, without module lines.) Cached
// under .cache/sbom, keyed by the toolchain and library versions; a fresh machine builds them here
// (scripts/setup.sh installs the packages).
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOk } from '../services/lib/run';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GOCODE = '/usr/share/gocode/src';

/** A dependency: a Go module whose source a Debian package installs, and the packages used from it. */
export interface DebianGoLibrary {
  module: string;
  debian: string;
  /** Packages of the module the program imports, directly or not (modules.txt lists them). */
  packages?: string[];
}

export interface GoProgram {
  /** Names the cached executable. */
  name: string;
  mainModule: string;
  mainGo: string;
  libraries: DebianGoLibrary[];
}

/** `1.3.0-1` → `v1.3.0`: the module version Debian packaged (upstream part, epoch and +ds dropped). */
const moduleVersion = (debianVersion: string): string =>
  `v${debianVersion
    .replace(/^\d+:/, '')
    .replace(/-[^-]*$/, '')
    .replace(/\+.*$/, '')}`;

/** `## explicit; go 1.17`: the Go language version a vendored module's go.mod asks for (1.16 when it has none). */
function explicitLine(module: string): string {
  const goMod = join(GOCODE, module, 'go.mod');
  const language = existsSync(goMod) ? /^go (\S+)$/m.exec(readFileSync(goMod, 'utf8'))?.[1] : undefined;
  return language ? `## explicit; go ${language}` : '## explicit';
}

/** The executable's path, built (once per toolchain and library versions) when missing. */
export async function buildGoProgram(program: GoProgram): Promise<string> {
  const goVersion = (await runOk('go', ['env', 'GOVERSION'])).trim();
  const modules = await Promise.all(
    program.libraries.map(async (library) => ({
      ...library,
      version: moduleVersion((await runOk('dpkg-query', ['-W', '-f', '${Version}', library.debian])).trim()),
    })),
  );
  const binary = join(
    root,
    '.cache/sbom',
    `go-${program.name}-${goVersion}-${modules.map((module) => module.version).join('-')}`,
  );
  if (existsSync(binary)) return binary;

  const work = mkdtempSync(join(tmpdir(), 'sbom-go-module-'));
  try {
    const source = join(work, 'src');
    mkdirSync(join(source, 'vendor'), { recursive: true });
    writeFileSync(join(source, 'main.go'), program.mainGo);
    writeFileSync(
      join(source, 'go.mod'),
      `module ${program.mainModule}\n\ngo 1.19\n\nrequire (\n${modules
        .map((module) => `\t${module.module} ${module.version}\n`)
        .join('')})\n`,
    );
    // What -mod=vendor checks go.mod against: each module, `## explicit` with its Go version, then the packages used.
    writeFileSync(
      join(source, 'vendor/modules.txt'),
      modules
        .map(
          (module) =>
            `# ${module.module} ${module.version}\n${explicitLine(module.module)}\n${(module.packages ?? [module.module]).join('\n')}\n`,
        )
        .join(''),
    );
    for (const module of modules)
      cpSync(join(GOCODE, module.module), join(source, 'vendor', module.module), {
        recursive: true,
        dereference: true,
        filter: (path) => !path.endsWith('_test.go'),
      });
    const output = join(work, 'program');
    await runOk('go', ['build', '-mod=vendor', '-trimpath', '-o', output, '.'], {
      cwd: source,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: work,
        GOPATH: join(work, 'gopath'),
        GOCACHE: join(work, 'gocache'),
        GOFLAGS: '-mod=vendor',
        GOPROXY: 'off',
        GO111MODULE: 'on',
        CGO_ENABLED: '0',
      },
      timeoutMs: 10 * 60_000,
    });
    mkdirSync(dirname(binary), { recursive: true });
    const partial = `${binary}.${process.pid}.partial`;
    cpSync(output, partial);
    renameSync(partial, binary);
    return binary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const FIXTURE_MAIN_MODULE = 'example.com/sbom-go-fixture';

/** The SBOM tests' Go executable: two Debian libraries, so two dependency lines with versions. */
export const goModuleBinary = (): Promise<string> =>
  buildGoProgram({
    name: 'fixture',
    mainModule: FIXTURE_MAIN_MODULE,
    mainGo: `package main

import (
	"fmt"

	"github.com/google/uuid"
	"github.com/pkg/errors"
)

func main() {
	fmt.Println(errors.Wrap(errors.New(uuid.NewString()), "sbom fixture"))
}
`,
    libraries: [
      { module: 'github.com/google/uuid', debian: 'golang-github-google-uuid-dev' },
      { module: 'github.com/pkg/errors', debian: 'golang-github-pkg-errors-dev' },
    ],
  });
