import { access, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '@shipchain/action-runtime';

/** The build context directory and the Containerfile to pass (undefined: the builder finds it itself). */
export interface BuildSource {
  context: string;
  file: string | undefined;
}

/** The `context` and `file` inputs resolved in the workspace; a clear error names what is missing. */
export async function resolveBuildSource(
  contextInput: string,
  fileInput: string | undefined,
  workspace: string,
): Promise<BuildSource> {
  const context = resolve(workspace, contextInput);
  return { context, file: await findContainerfile(context, contextInput, fileInput, workspace) };
}

/** The Containerfile buildah uses: the named one, else the one it picks in the context. */
export async function containerfileOf(source: BuildSource): Promise<string> {
  if (source.file) return source.file;
  const containerfile = join(source.context, 'Containerfile');
  return access(containerfile).then(
    () => containerfile,
    () => join(source.context, 'Dockerfile'),
  );
}

/** `file` input, else Containerfile, else Dockerfile in the context. */
async function findContainerfile(
  context: string,
  contextInput: string,
  fileInput: string | undefined,
  workspace: string,
): Promise<string | undefined> {
  const isDirectory = await stat(context).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isDirectory)
    throw new ConfigurationError(
      `Input "context" is ${contextInput}, which is not a directory in the workspace: check out the code first (actions/checkout) or fix the path.`,
      'context',
    );
  if (fileInput) {
    const file = resolve(workspace, fileInput);
    const exists = await stat(file).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!exists)
      throw new ConfigurationError(
        `Input "file" is ${fileInput}, which does not exist in the workspace.`,
        'file',
      );
    return file;
  }
  for (const name of ['Containerfile', 'Dockerfile']) {
    if (
      await access(join(context, name)).then(
        () => true,
        () => false,
      )
    )
      return undefined; // both builders find it themselves
  }
  throw new ConfigurationError(
    `Input "context" is ${contextInput}, which has no Containerfile or Dockerfile: add one, or name it with the "file" input.`,
    'file',
  );
}
