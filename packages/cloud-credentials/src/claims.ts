/** The claims of a job token that trust conditions are written against (never the token). */
export interface TokenFacts {
  sub?: string;
  aud?: string;
  iss?: string;
  job_workflow_ref?: string;
  environment?: string;
}

/** Decode (not verify) a JWT's claims, for diagnostics. */
export function tokenFacts(jwt: string): TokenFacts {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const pick = (key: string) => (typeof payload[key] === 'string' ? { [key]: payload[key] as string } : {});
    const aud = Array.isArray(payload.aud) ? { aud: payload.aud.join(', ') } : pick('aud');
    return { ...pick('sub'), ...aud, ...pick('iss'), ...pick('job_workflow_ref'), ...pick('environment') };
  } catch {
    return {};
  }
}

export function describeFacts(facts: TokenFacts): string {
  return Object.entries(facts)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}
