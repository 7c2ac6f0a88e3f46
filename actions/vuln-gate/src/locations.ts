import { readFileSync } from 'node:fs';
import type { InstalledCopy, SarifLocation } from '@shipchain/vuln-scan';
import { repositoryPath, workspaceFile } from './target';

/** The 1-based line of the last FROM instruction (the stage that becomes the image), if any. */
export function lastFromLine(text: string): number | undefined {
  let found: number | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*FROM\s/i.test(line)) found = index + 1;
  });
  return found;
}

/** The line of the SBOM where the package's purl appears (as JSON writes it), for each purl asked about. */
function purlLines(text: string): (purl: string) => number | undefined {
  const lines = text.split('\n');
  const cache = new Map<string, number | undefined>();
  return (purl) => {
    if (!cache.has(purl)) {
      const needle = JSON.stringify(purl);
      // The purl field itself (CycloneDX and SPDX's referenceLocator); else any line naming it (bom-ref).
      let index = lines.findIndex((line) => line.includes(needle) && /"(purl|referenceLocator)"/.test(line));
      if (index < 0) index = lines.findIndex((line) => line.includes(needle));
      cache.set(purl, index >= 0 ? index + 1 : undefined);
    }
    return cache.get(purl);
  };
}

/** The Dockerfile's last FROM line (checked inside the workspace when the inputs are read). */
export function dockerfileLocation(dockerfile: string, workspace: string): SarifLocation {
  const real = workspaceFile(dockerfile, workspace, 'dockerfile');
  const line = lastFromLine(readFileSync(real, 'utf8'));
  return { uri: repositoryPath(real, workspace), ...(line ? { line } : {}) };
}

/**
 * Where SARIF results point: the lockfile entry (path); for an image, the Dockerfile's last FROM
 * line when `dockerfile` is given, else the package's line in the SBOM catalogued; for an SBOM,
 * the package's line in it.
 */
export function sarifLocator(
  sbom: { file: string; text: string } | undefined,
  dockerfile: SarifLocation | undefined,
): (copy: InstalledCopy) => SarifLocation {
  if (dockerfile) return () => dockerfile;
  if (sbom) {
    const lineOf = purlLines(sbom.text);
    return (copy) => {
      const line = copy.purl ? lineOf(copy.purl) : undefined;
      return { uri: sbom.file, ...(line ? { line } : {}) };
    };
  }
  return (copy) => ({ uri: copy.location.file, ...(copy.location.line ? { line: copy.location.line } : {}) });
}
