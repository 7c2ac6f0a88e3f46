// The SPDX license list as the spdx-license-ids package publishes it (current and deprecated ids),
// imported so the bundle carries it.
import current from 'spdx-license-ids/index.json' with { type: 'json' };
import deprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' };

const ids = new Set<string>([...(current as string[]), ...(deprecated as string[])]);
const EXCEPTIONS = /^[A-Za-z0-9.+-]+-exception$|^Classpath-exception-2\.0$|^LLVM-exception$/;

/** The id as the SPDX list spells it (the list is case-insensitive), if it is on the list. */
export function spdxId(text: string): string | undefined {
  if (ids.has(text)) return text;
  const lower = text.toLowerCase();
  for (const id of ids) if (id.toLowerCase() === lower) return id;
  return undefined;
}

/**
 * Whether `text` is an SPDX license expression of listed ids: ids (with an optional `+`),
 * `LicenseRef-…`, joined by AND / OR / WITH and parentheses.
 */
export function isSpdxExpression(text: string): boolean {
  const tokens = text.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return false;
  let expectOperand = true;
  let afterWith = false;
  for (const token of tokens) {
    if (expectOperand) {
      const known = afterWith
        ? EXCEPTIONS.test(token)
        : ids.has(token.replace(/\+$/, '')) || /^LicenseRef-[A-Za-z0-9.-]+$/.test(token);
      if (!known) return false;
      expectOperand = false;
      afterWith = false;
    } else {
      if (!['AND', 'OR', 'WITH'].includes(token)) return false;
      afterWith = token === 'WITH';
      expectOperand = true;
    }
  }
  return !expectOperand;
}

/** A LicenseRef- id for a license named outside the SPDX list (`GPL-2+`, `BSD-like`). */
export const licenseRef = (name: string): string =>
  `LicenseRef-${name.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed'}`;
