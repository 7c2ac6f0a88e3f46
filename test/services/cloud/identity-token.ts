/**
 * What every cloud's token exchange does first: verify the GitHub OIDC token against the
 * issuer's JWKS, then hold its audience and subject to the trust conditions configured for
 * the role / provider / app registration (glob patterns, as AWS StringLike and GCP CEL
 * startsWith-style conditions are usually written).
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

export interface TrustConditions {
  audience: string;
  /** Glob over the token's `sub`, e.g. `repo:acme/web:*`. */
  subject: string;
}

export type TokenCheck =
  | { ok: true; claims: JWTPayload & Record<string, unknown> }
  | { ok: false; reason: 'invalid' | 'expired' | 'audience' | 'subject'; message: string };

export class IdentityTokenVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    private readonly issuer: string,
    jwksUri: string,
  ) {
    this.jwks = createRemoteJWKSet(new URL(jwksUri));
  }

  async check(token: string, trust: TrustConditions): Promise<TokenCheck> {
    let claims: JWTPayload & Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(token, this.jwks, { issuer: this.issuer }));
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        return { ok: false, reason: 'expired', message: 'Token expired' };
      return { ok: false, reason: 'invalid', message: `Token is not valid: ${(error as Error).message}` };
    }
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.includes(trust.audience))
      return { ok: false, reason: 'audience', message: `Incorrect token audience: ${audiences.join(', ')}` };
    if (!globMatch(trust.subject, String(claims.sub)))
      return {
        ok: false,
        reason: 'subject',
        message: `Subject ${String(claims.sub)} does not match ${trust.subject}`,
      };
    return { ok: true, claims };
  }
}

export function globMatch(pattern: string, value: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(value);
}
