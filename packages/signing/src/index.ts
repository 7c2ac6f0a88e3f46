export { digestSubject, referenceSubject } from './subject';
export type { ImageSubject } from './subject';
export { buildPayload, parsePayload, SIMPLE_SIGNING_TYPE } from './simple-signing';
export type { SimpleSigningPayload } from './simple-signing';
export {
  keySigner,
  loadPrivateKey,
  loadPublicKey,
  publicKeyPem,
  readKeyInput,
  signBytes,
  verifyBytes,
} from './keys';
export {
  attachCosignSignature,
  readCosignSignatures,
  signatureTag,
  attestationTag,
  COSIGN_ATTESTATIONS,
  COSIGN_SIGNATURES,
  DSSE_ENVELOPE_MEDIA_TYPE,
  BUNDLE_ANNOTATION,
  CERTIFICATE_ANNOTATION,
  CHAIN_ANNOTATION,
  SIGNATURE_ANNOTATION,
  SIMPLE_SIGNING_MEDIA_TYPE,
} from './cosign-storage';
export type { CosignKind, CosignSignature } from './cosign-storage';
export { verifyWithKey } from './verify-key';
export type { KeyVerification } from './verify-key';
export { signKeyless, uriSan, BUNDLE_V03_MEDIA_TYPE } from './keyless';
export type { KeylessOptions, KeylessSignature } from './keyless';
export { attachBundle, readBundles } from './bundle-storage';
export { verifyBundle, cosignSignatureAsBundle, GITHUB_OIDC_ISSUER } from './verify-keyless';
export type { IdentityPolicy } from './verify-keyless';
export { signWithKeyAndLog } from './key-tlog';
export type { LoggedKeySignature } from './key-tlog';
export {
  attestKeyless,
  attestWithKey,
  dsseSignedBy,
  preAuthEncoding,
  statementOf,
  IN_TOTO_PAYLOAD_TYPE,
} from './attestation';
export type { KeylessAttestation } from './attestation';
export {
  attachAttestation,
  attestationSigner,
  imageAttestationSigner,
  sigstoreIdTokenSource,
  signStatement,
} from './image-attestation';
export type {
  AttestationFormat,
  AttestationSigner,
  SignedAttestation,
  SigningValues,
} from './image-attestation';
