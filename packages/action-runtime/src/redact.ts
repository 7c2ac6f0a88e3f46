export const REDACTED = '***';

/**
 * Replace every secret in `text` with `***`. Longest first, so a secret that
 * contains another one is not left half visible.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const ordered = [...new Set(secrets.filter((secret) => secret.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  let result = text;
  for (const secret of ordered) result = result.split(secret).join(REDACTED);
  return result;
}

/**
 * The values to register as masks for one secret. The runner masks line by line,
 * so a multi-line secret (a PEM key) is masked as a whole and per line.
 */
export function maskValuesFor(secret: string): string[] {
  const values = new Set<string>();
  const trimmed = secret.trim();
  if (trimmed.length > 0) values.add(trimmed);
  if (secret.includes('\n')) {
    for (const line of secret.split(/\r?\n/)) {
      // Very short lines ("-----", "==") would mask ordinary log text and protect nothing.
      if (line.trim().length >= 8) values.add(line.trim());
    }
  }
  return [...values];
}
