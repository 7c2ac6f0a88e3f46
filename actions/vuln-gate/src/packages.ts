import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWholeFile, type Logger } from '@shipchain/action-runtime';
import type { Trust } from '@shipchain/attestation-verify';
import { registryClientFromEnv, type ImageReference, type RegistryClient } from '@shipchain/oci-client';
import { checkoutPackages, sbomPackages, type PackageList } from '@shipchain/osv-data';
import {
  catalog,
  cycloneDxDocument,
  describeImage,
  readImageFiles,
  wantedByCatalogers,
} from '@shipchain/sbom';
import { readAttestedSbom } from './attested-sbom';
import { repositoryPath, type Target } from './target';

export interface ScannedInput {
  list: PackageList;
  /** The SBOM read or written (repository path and text): SARIF points into it. */
  sbom?: { file: string; text: string };
  /** For an image (or its attested SBOM): its digest reference and the registry client (the attestation is attached with it). */
  image?: { reference: ImageReference & { digest: string }; client: RegistryClient };
  /** `sbom: attested`: the attestation read and its verified signer. */
  sbomAttestation?: { ref: string; identity: string };
}

export interface PackageSettings {
  platform: string;
  registryInsecure: boolean;
  env: Readonly<Record<string, string | undefined>>;
  workspace: string;
  /** The output directory (real path), where an image's SBOM is written. */
  outputDirectory: string;
  version: string;
  /** `sbom: attested`: whose SBOM attestation counts. */
  sbomTrust?: Trust;
}

/** The packages to look up: from the SBOM, the image catalogued on the fly, or the checkout's lockfiles. */
export async function readPackages(
  target: Target,
  settings: PackageSettings,
  log: Logger,
): Promise<ScannedInput> {
  if (target.kind === 'sbom') {
    const text = readFileSync(target.file, 'utf8');
    const file = repositoryPath(target.file, settings.workspace);
    return { list: sbomPackages(text, file, 'sbom'), sbom: { file, text } };
  }
  if (target.kind === 'path') {
    const list = await checkoutPackages(target.directory);
    const base = repositoryPath(target.directory, settings.workspace);
    for (const entry of [...list.packages, ...list.notScanned])
      entry.location = {
        ...entry.location,
        file: base ? `${base}/${entry.location.file}` : entry.location.file,
      };
    return { list };
  }
  const client = await registryClientFromEnv(
    target.reference.registry,
    settings.env,
    settings.registryInsecure,
  );
  if (target.kind === 'attested-sbom') {
    if (!settings.sbomTrust) throw new Error('sbom: attested without a trust policy');
    const sbom = await readAttestedSbom(
      client,
      target.reference,
      settings.sbomTrust,
      settings.outputDirectory,
      log,
    );
    const file = repositoryPath(sbom.path, settings.workspace);
    return {
      list: sbomPackages(sbom.text, file, 'sbom'),
      sbom: { file, text: sbom.text },
      image: { reference: target.reference, client },
      sbomAttestation: { ref: sbom.ref, identity: sbom.identity },
    };
  }
  const description = await describeImage(client, target.reference, settings.platform);
  log.info(
    `Reading ${description.layers.length} layers of ${description.platform} (${description.manifestDigest})`,
  );
  const found = catalog(await readImageFiles(client, description, wantedByCatalogers()));
  for (const unread of found.unread) log.warning(`Not read: ${unread.path}: ${unread.reason}`);
  const document = cycloneDxDocument({
    subject: { kind: 'image', image: description },
    catalog: found,
    created: new Date(),
    tool: { name: 'shipchain-vuln-gate', version: settings.version },
  });
  const path = join(settings.outputDirectory, 'sbom.cdx.json');
  const text = `${JSON.stringify(document, null, 2)}\n`;
  writeWholeFile(path, text);
  const file = repositoryPath(path, settings.workspace);
  return {
    list: sbomPackages(text, file, 'image'),
    sbom: { file, text },
    image: { reference: description.reference, client },
  };
}
