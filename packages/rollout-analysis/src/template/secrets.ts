// Header names whose values are credentials (Authorization, X-Api-Key, X-Auth-Token, …).
const SECRET_HEADER = /authorization|token|secret|key|password|cookie/i;
// `Bearer abc`: the credential alone is masked too, as it can appear without its scheme in error text.
const SCHEME = /^(?:bearer|basic|token)\s+(.+)$/i;

/** Hand every credential in the headers to `mask` (the action's core.setSecret) before anything is logged. */
export function maskHeaderSecrets(
  headers: readonly { key: string; value: string }[],
  mask: (secret: string) => void,
): void {
  for (const { key, value } of headers) {
    if (!SECRET_HEADER.test(key) || value.trim() === '') continue;
    mask(value);
    const credential = SCHEME.exec(value.trim())?.[1];
    if (credential) mask(credential);
  }
}
