import { type MainContext } from '@shipchain/action-runtime';
import { registryClientFromEnv } from '@shipchain/oci-client';
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
import type { inputs, outputs } from './contract';
import { sbomSummary } from './summary';
import { chooseTarget, type Target } from './target';
import { writeDocuments } from './write-documents';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

const TOOL = { name: 'shipchain-sbom', version: '0.0.0' };

export async function main(context: Context): Promise<void> {
  const { inputs, outputs, log, toolkit } = context;
  const env = toolkit.env();
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();

  const target = chooseTarget(inputs, workspace);
  const { subject, files } = await readTarget(context, target);
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

  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath) {
    const name =
      subject.kind === 'image'
        ? `${subject.image.reference.registry}/${subject.image.reference.repository}@${subject.image.reference.digest}`
        : subject.name;
    await sbomSummary(name, found, documents).write(summaryPath);
  }
}

/** The kept files of the image (streamed from the registry) or of the directory. */
async function readTarget(
  { inputs, log, toolkit }: Context,
  target: Target,
): Promise<{ subject: Subject; files: FileTree }> {
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
  };
}
