export { identityPolicy, readTrustedRoot, resolveTrust } from './trust';
export type { Trust, TrustInputs, TrustNaming } from './trust';
export { namesDigest, signedStatements, verifyAttestations } from './statements';
export type { AttestationOutcome, AttestedStatement, SignedStatement } from './statements';
export { verifySbom } from './sbom';
export type { ReferrerBundle } from './referrer-bundle';
