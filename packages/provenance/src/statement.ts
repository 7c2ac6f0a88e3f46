import type { JobClaims } from './claims';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** The predicate types SBOM attestations use (cosign attest --type cyclonedx / spdxjson writes these). */
export const CYCLONEDX_BOM_PREDICATE = 'https://cyclonedx.org/bom';
export const SPDX_DOCUMENT_PREDICATE = 'https://spdx.dev/Document';
export const SBOM_PREDICATE_TYPES: readonly string[] = [CYCLONEDX_BOM_PREDICATE, SPDX_DOCUMENT_PREDICATE];
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';

export interface Subject {
  name: string;
  digest: { sha256: string };
}

export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: string;
  predicate: unknown;
}

export interface ProvenanceInput {
  claims: JobClaims;
  /** GITHUB_SERVER_URL: the one value not in the token (GitHub Enterprise hosts differ). */
  serverUrl: string;
  subjects: Subject[];
  startedOn?: Date;
  finishedOn?: Date;
}

/** `owner/repo/.github/workflows/release.yml@refs/heads/main` → `.github/workflows/release.yml`. */
export function workflowPath(workflowRef: string, repository: string): string {
  const withoutRef = workflowRef.slice(0, workflowRef.lastIndexOf('@'));
  return withoutRef.startsWith(`${repository}/`) ? withoutRef.slice(repository.length + 1) : withoutRef;
}

/**
 * SLSA v1 provenance in the GitHub Actions workflow build type. The builder is the workflow
 * that ran the job (`job_workflow_ref`): for a reusable workflow that is the reusable one,
 * which is what makes an isolated build-and-attest workflow verifiable as the builder.
 */
export function buildProvenance(input: ProvenanceInput): Statement {
  const { claims } = input;
  const server = input.serverUrl.replace(/\/+$/, '');
  const repositoryUrl = `${server}/${claims.repository}`;
  const metadata: Record<string, string> = {
    invocationId: `${repositoryUrl}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
  };
  if (input.startedOn) metadata.startedOn = input.startedOn.toISOString();
  if (input.finishedOn) metadata.finishedOn = input.finishedOn.toISOString();
  return {
    _type: STATEMENT_TYPE,
    subject: input.subjects,
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: GITHUB_WORKFLOW_BUILD_TYPE,
        externalParameters: {
          workflow: {
            ref: claims.ref,
            repository: repositoryUrl,
            path: workflowPath(claims.workflow_ref, claims.repository),
          },
        },
        internalParameters: {
          github: {
            event_name: claims.event_name,
            repository_id: claims.repository_id,
            repository_owner_id: claims.repository_owner_id,
            runner_environment: claims.runner_environment,
          },
        },
        resolvedDependencies: [
          { uri: `git+${repositoryUrl}@${claims.ref}`, digest: { gitCommit: claims.sha } },
        ],
      },
      runDetails: {
        builder: { id: `${server}/${claims.job_workflow_ref}` },
        metadata,
      },
    },
  };
}

/**
 * The SLSA Build level this provenance can honestly claim: L3 needs the provenance made by
 * a builder isolated from the build's own steps, i.e. a reusable workflow distinct from
 * the calling workflow; made inside the caller's own job it is L2.
 */
export function slsaBuildLevel(claims: Pick<JobClaims, 'workflow_ref' | 'job_workflow_ref'>): 2 | 3 {
  return claims.job_workflow_ref !== claims.workflow_ref ? 3 : 2;
}
