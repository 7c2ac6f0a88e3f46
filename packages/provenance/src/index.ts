export { requireClaims, verifyJobToken } from './claims';
export type { JobClaims } from './claims';
export {
  buildProvenance,
  slsaBuildLevel,
  workflowPath,
  GITHUB_WORKFLOW_BUILD_TYPE,
  SLSA_PROVENANCE_V1,
  STATEMENT_TYPE,
} from './statement';
export type { ProvenanceInput, Statement, Subject } from './statement';
export { checksumSubjects, fileSubjects, imageSubject, sha256File, uniqueSubjects } from './subjects';
export type { OpenFile } from './subjects';
