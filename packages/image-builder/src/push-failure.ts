import type { RegistryFailure } from '@shipchain/oci-client';

/** Tell a failed push's cause from the builder's error text (buildah and BuildKit phrase them alike). */
export function classifyPushFailure(text: string): RegistryFailure {
  const lower = text.toLowerCase();
  if (/quota|\b413\b|request entity too large|storage limit|insufficient storage/.test(lower)) return 'quota';
  if (
    /unauthorized|authentication required|\b401\b|no basic auth credentials|invalid username\/password/.test(
      lower,
    )
  )
    return 'auth';
  if (/denied|forbidden|\b403\b|insufficient_scope/.test(lower)) return 'denied';
  if (
    /connection refused|no such host|dial tcp|i\/o timeout|network is unreachable|tls: |x509:|server gave http response/.test(
      lower,
    )
  )
    return 'network';
  if (/50[0-9] |internal server error|bad gateway|service unavailable/.test(lower)) return 'server';
  return 'protocol';
}
