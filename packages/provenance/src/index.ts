export { requireClaims, verifyJobToken } from './claims';
export type { JobClaims } from './claims';
export {
  buildProvenance,
  slsaBuildLevel,
  workflowPath,
  GITHUB_WORKFLOW_BUILD_TYPE,
  SLSA_PROVENANCE_V1,
  CYCLONEDX_BOM_PREDICATE,
  SPDX_DOCUMENT_PREDICATE,
  SBOM_PREDICATE_TYPES,
  STATEMENT_TYPE,
} from './statement';
export type { ProvenanceInput, Statement, Subject } from './statement';
export { checksumSubjects, fileSubjects, imageSubject, sha256File, uniqueSubjects } from './subjects';
export type { OpenFile } from './subjects';
