/**
 * The payload cosign signs for an image (its "simple signing" format, from the
 * containers/image signature spec): the image's name and manifest digest, plus optional
 * annotations. The bytes signed are exactly the bytes stored, so they are built once.
 */
export interface SimpleSigningPayload {
  dockerReference: string;
  digest: string;
  annotations: Record<string, string>;
}

export const SIMPLE_SIGNING_TYPE = 'cosign container image signature';

export function buildPayload(
  subject: { name: string; digest: string },
  annotations: Record<string, string> = {},
): Buffer {
  const document = {
    critical: {
      identity: { 'docker-reference': subject.name },
      image: { 'docker-manifest-digest': subject.digest },
      type: SIMPLE_SIGNING_TYPE,
    },
    optional: Object.keys(annotations).length > 0 ? annotations : null,
  };
  return Buffer.from(JSON.stringify(document));
}

/** Read a payload, or say precisely why it is not one. */
export function parsePayload(bytes: Buffer): SimpleSigningPayload {
  let document: unknown;
  try {
    document = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Error('the signed payload is not JSON');
  }
  const critical = (document as { critical?: Record<string, unknown> }).critical;
  const identity = critical?.identity as { 'docker-reference'?: unknown } | undefined;
  const image = critical?.image as { 'docker-manifest-digest'?: unknown } | undefined;
  if (critical?.type !== SIMPLE_SIGNING_TYPE)
    throw new Error(`the signed payload's type is not "${SIMPLE_SIGNING_TYPE}"`);
  if (typeof image?.['docker-manifest-digest'] !== 'string')
    throw new Error('the signed payload names no image digest');
  const optional = (document as { optional?: unknown }).optional;
  const annotations: Record<string, string> = {};
  if (optional && typeof optional === 'object')
    for (const [key, value] of Object.entries(optional))
      if (typeof value === 'string') annotations[key] = value;
  return {
    dockerReference: typeof identity?.['docker-reference'] === 'string' ? identity['docker-reference'] : '',
    digest: image['docker-manifest-digest'],
    annotations,
  };
}
