import { ConfigurationError, workspaceDirectory } from '@shipchain/action-runtime';
import { parseDigestReference } from '@shipchain/sbom';
import type { ImageReference } from '@shipchain/oci-client';

/** What to inventory: exactly one of the two inputs. */
export type Target =
  | { kind: 'image'; reference: ImageReference & { digest: string } }
  | { kind: 'directory'; path: string; shown: string };

export function chooseTarget(inputs: { image?: string; path?: string }, workspace: string): Target {
  if (inputs.image && inputs.path)
    throw new ConfigurationError(
      'Inputs "image" and "path" are both set; give one: an image by digest, or a directory in the workspace.',
      'image',
    );
  if (inputs.image) return { kind: 'image', reference: parseDigestReference(inputs.image, 'image') };
  if (inputs.path)
    return {
      kind: 'directory',
      path: workspaceDirectory(inputs.path, workspace, 'path'),
      shown: inputs.path,
    };
  throw new ConfigurationError(
    'Neither "image" nor "path" is set; give an image by digest (name@sha256:…) or a directory in the workspace.',
    'image',
  );
}
