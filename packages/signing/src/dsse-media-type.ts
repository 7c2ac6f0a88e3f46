/** cosign's layer type for an attestation in its `.att` tag. */
export const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
