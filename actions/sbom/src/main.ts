import type { MainContext } from '@shipchain/action-runtime';
import { registryClientFromEnv, type RegistryClient } from '@shipchain/oci-client';
import {
  catalog,
  describeImage,
  goBuildInfoSniffer,
  readDirectoryFiles,
  readImageFiles,
  wantedByCatalogers,
  type FileTree,
  type Subject,
} from '@shipchain/sbom';
import {
  attestDocuments,
  imageSubjectOf,
  planAttestation,
  sbomStatements,
  type AttestationPlan,
} from './attest';
import type { inputs, outputs } from './contract';
import { sbomSummary, type AttestationOutcome } from './summary';
import { chooseTarget, type Target } from './target';
import { writeDocuments, type WrittenDocuments } from './write-documents';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

const TOOL = { name: 'shipchain-sbom', version: '0.0.0' };

export async function main(context: Context): Promise<void> {
  const { inputs, outputs, log, toolkit } = context;
  const env = toolkit.env();
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();

  const target = chooseTarget(inputs, workspace);
  const plan = await planAttestation(inputs.attest, target, inputs, toolkit, workspace);
  const { subject, files, client } = await readTarget(context, target);
  const found = catalog(files);
  for (const unread of found.unread) log.warning(`Not read: ${unread.path}: ${unread.reason}`);

  const written = writeDocuments(inputs.format, inputs.output, workspace, {
    subject,
    catalog: found,
    created: new Date(),
    tool: TOOL,
  });
  const documents = [written.cyclonedx, written.spdx].filter((path): path is string => path !== undefined);
  log.info(`${found.components.length} packages; written: ${documents.join(', ')}`);
  outputs.set('sbom-path', documents[0] ?? '');
  if (written.spdx) outputs.set('spdx-path', written.spdx);
  outputs.set('package-count', String(found.components.length));

  const attestation = await attest(context, plan, subject, client, written);
  outputs.set('attestation-refs', 'refs' in attestation ? attestation.refs.join('\n') : '');

  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath) {
    const name =
      subject.kind === 'image'
        ? `${subject.image.reference.registry}/${subject.image.reference.repository}@${subject.image.reference.digest}`
        : subject.name;
    await sbomSummary(name, found, documents, attestation).write(summaryPath);
  }
}

/** The kept files of the image (streamed from the registry) or of the directory. */
async function readTarget(
  { inputs, log, toolkit }: Context,
  target: Target,
): Promise<{ subject: Subject; files: FileTree; client?: RegistryClient }> {
  if (target.kind === 'directory')
    return {
      subject: { kind: 'directory', name: target.shown },
      files: await readDirectoryFiles(target.path, wantedByCatalogers(), goBuildInfoSniffer),
    };
  const client = await registryClientFromEnv(
    target.reference.registry,
    toolkit.env(),
    inputs['registry-insecure'],
  );
  const image = await describeImage(client, target.reference, inputs.platform);
  log.info(`Reading ${image.layers.length} layers of ${image.platform} (${image.manifestDigest})`);
  return {
    subject: { kind: 'image', image },
    files: await readImageFiles(client, image, wantedByCatalogers()),
    client,
  };
}

/** Each written document signed as an in-toto statement about the image digest and attached to it. */
async function attest(
  { log }: Context,
  plan: AttestationPlan,
  subject: Subject,
  client: RegistryClient | undefined,
  written: WrittenDocuments,
): Promise<AttestationOutcome> {
  if ('skipped' in plan || subject.kind !== 'image' || !client) {
    const reason = 'skipped' in plan ? plan.skipped : 'not an image';
    log.info(`Not attested: ${reason}.`);
    return { skipped: reason };
  }
  const image = imageSubjectOf(subject.image);
  const statements = await sbomStatements(image, written);
  const { refs, identity } = await attestDocuments(client, image, statements, plan.signer);
  log.info(`Attested ${statements.length} document(s) as ${identity}: ${refs.join(', ')}`);
  return { refs, identity };
}
