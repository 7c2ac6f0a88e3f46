import { realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { ConfigurationError, confinedFiles, workspaceDirectory } from '@shipchain/action-runtime';
import type { ImageReference } from '@shipchain/oci-client';
import { parseDigestReference } from '@shipchain/sbom';

/** What to scan: exactly one of the three inputs, or the image's signed SBOM (`sbom: attested` with `image`). */
export type Target =
  | { kind: 'sbom'; file: string; shown: string }
  | { kind: 'image'; reference: ImageReference & { digest: string }; shown: string }
  | { kind: 'attested-sbom'; reference: ImageReference & { digest: string }; shown: string }
  | { kind: 'path'; directory: string; shown: string };

/** The image digest a target is about (an image, or the image whose attested SBOM is scanned). */
export function targetDigest(target: Target): string | undefined {
  return target.kind === 'image' || target.kind === 'attested-sbom' ? target.reference.digest : undefined;
}

const GIVE_ONE =
  'give exactly one: "sbom" (a CycloneDX or SPDX JSON file), "image" (name@sha256:…) or "path" (a checkout directory with lockfiles)';

export function chooseTarget(
  inputs: { sbom?: string; image?: string; path?: string },
  workspace: string,
): Target {
  if (inputs.sbom === 'attested') return attestedTarget(inputs);
  const given = (['sbom', 'image', 'path'] as const).filter((name) => inputs[name]);
  if (given.length !== 1)
    throw new ConfigurationError(
      given.length === 0
        ? `None of "sbom", "image" and "path" is set; ${GIVE_ONE}.`
        : `Inputs ${given.map((name) => `"${name}"`).join(' and ')} are all set; ${GIVE_ONE}.`,
      given[1] ?? 'sbom',
    );
  if (inputs.sbom)
    return { kind: 'sbom', file: workspaceFile(inputs.sbom, workspace, 'sbom'), shown: inputs.sbom };
  if (inputs.image)
    return { kind: 'image', reference: parseDigestReference(inputs.image, 'image'), shown: inputs.image };
  return {
    kind: 'path',
    directory: workspaceDirectory(inputs.path as string, workspace, 'path'),
    shown: inputs.path as string,
  };
}

/** `sbom: attested`: the SBOM attestation of the image named by digest in "image". */
function attestedTarget(inputs: { image?: string; path?: string }): Target {
  if (inputs.path)
    throw new ConfigurationError(
      'Inputs "sbom" (attested) and "path" are both set: "sbom: attested" reads the SBOM attestation of the image in "image"; remove "path".',
      'path',
    );
  if (!inputs.image)
    throw new ConfigurationError(
      'Input "sbom" is "attested" but "image" is empty: name the image whose SBOM attestation to scan by digest (image: name@sha256:…, as the sbom action attested it).',
      'image',
    );
  return {
    kind: 'attested-sbom',
    reference: parseDigestReference(inputs.image, 'image'),
    shown: `${inputs.image} (attested SBOM)`,
  };
}

/** The real path of a file in the workspace; links leading out of it are refused. */
export function workspaceFile(path: string, workspace: string, input: string): string {
  return confinedFiles({
    roots: [{ path: workspace, name: 'the workspace' }],
    symlinks: 'inside',
    input,
  }).check(path);
}

/** A path inside the workspace as the repository names it (forward slashes), for SARIF. */
export function repositoryPath(absolute: string, workspace: string): string {
  return relative(realpathSync.native(workspace), absolute).split('\\').join('/');
}
