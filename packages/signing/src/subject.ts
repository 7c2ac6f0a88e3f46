import { ConfigurationError } from '@shipchain/action-runtime';
import { parseImageReference, repositoryName, type ImageReference } from '@shipchain/oci-client';

/** An image named by digest: the only thing that may be signed or verified. */
export interface ImageSubject {
  registry: string;
  repository: string;
  /** `registry/repository`, as the signed payload's docker-reference. */
  name: string;
  digest: string;
}

/** The subject of an image reference already holding its digest. */
export function referenceSubject(reference: ImageReference & { digest: string }): ImageSubject {
  return {
    registry: reference.registry,
    repository: reference.repository,
    name: repositoryName(reference),
    digest: reference.digest,
  };
}

/**
 * `name@sha256:…` → subject. A tag is refused: a tag can move after signing, so the
 * signature would vouch for whatever it points at later.
 */
export function digestSubject(text: string, input = 'image'): ImageSubject {
  const reference = parseImageReference(text, input);
  if (!reference.digest)
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(text)}, which has no digest: sign and verify by digest, e.g. the "image" output of image-build (name@sha256:…), never a tag that can move.`,
      input,
    );
  return referenceSubject({ ...reference, digest: reference.digest });
}
