import { ConfigurationError, errorMessage } from '@shipchain/action-runtime';
import { SLSA_PROVENANCE_V1 } from '@shipchain/provenance';
import type { ImageSubject } from '@shipchain/signing';
import {
  namesDigest,
  verifyAttestations,
  type AttestedStatement,
  type ReferrerBundle,
  type Trust,
} from '@shipchain/attestation-verify';

/** What the provenance must say, from the inputs; every unset part is not checked. */
export interface ProvenancePolicy {
  builderId?: string;
  builderIdRegexp?: RegExp;
  /** `owner/repo` or its URL. */
  sourceRepository?: string;
  sourceRef?: string;
  sourceRefRegexp?: RegExp;
  allowedEvents: readonly string[];
  denySelfHostedRunners: boolean;
}

interface SlsaStatement extends AttestedStatement {
  predicate?: {
    buildDefinition?: {
      externalParameters?: { workflow?: { ref?: string; repository?: string } };
      internalParameters?: { github?: { event_name?: string; runner_environment?: string } };
    };
    runDetails?: { builder?: { id?: string } };
  };
}

/** Every condition the statement fails, by name; empty when it satisfies the policy. */
export function provenanceProblems(
  statement: SlsaStatement,
  digest: string,
  policy: ProvenancePolicy,
): string[] {
  const problems: string[] = [];
  if (statement.predicateType !== SLSA_PROVENANCE_V1)
    problems.push(`predicate type is ${statement.predicateType ?? 'missing'}, not ${SLSA_PROVENANCE_V1}`);
  if (!namesDigest(statement, digest))
    problems.push(`no subject has the digest ${digest} (provenance of another artifact)`);
  const builder = statement.predicate?.runDetails?.builder?.id ?? '';
  if (policy.builderId !== undefined && builder !== policy.builderId)
    problems.push(`builder.id is ${builder || '(none)'}, not ${policy.builderId}`);
  if (policy.builderIdRegexp && !policy.builderIdRegexp.test(builder))
    problems.push(`builder.id ${builder || '(none)'} does not match ${String(policy.builderIdRegexp)}`);
  const workflow = statement.predicate?.buildDefinition?.externalParameters?.workflow ?? {};
  if (policy.sourceRepository !== undefined) {
    const wanted = policy.sourceRepository.replace(/\/+$/, '');
    const repository = workflow.repository ?? '';
    if (repository !== wanted && !repository.endsWith(`/${wanted}`))
      problems.push(`source repository is ${repository || '(none)'}, not ${policy.sourceRepository}`);
  }
  const ref = workflow.ref ?? '';
  if (policy.sourceRef !== undefined && ref !== policy.sourceRef)
    problems.push(`source ref is ${ref || '(none)'}, not ${policy.sourceRef}`);
  if (policy.sourceRefRegexp && !policy.sourceRefRegexp.test(ref))
    problems.push(`source ref ${ref || '(none)'} does not match ${String(policy.sourceRefRegexp)}`);
  const github = statement.predicate?.buildDefinition?.internalParameters?.github ?? {};
  if (policy.allowedEvents.length > 0 && !policy.allowedEvents.includes(github.event_name ?? ''))
    problems.push(
      `the build was triggered by ${github.event_name ?? '(unknown)'}, not one of ${policy.allowedEvents.join(', ')}`,
    );
  if (policy.denySelfHostedRunners && github.runner_environment !== 'github-hosted')
    problems.push(
      `the build ran on a ${github.runner_environment ?? 'unknown'} runner, and self-hosted runners are denied`,
    );
  return problems;
}

export interface ProvenanceOutcome {
  matched?: { ref: string; identity: string; builder: string };
  rejected: { ref: string; reason: string }[];
  checked: number;
}

/** Every provenance bundle referrer of the image: signature, certificate, identity, then the statement's policy. */
export function verifyProvenance(
  bundles: readonly ReferrerBundle[],
  subject: ImageSubject,
  trust: Trust,
  policy: ProvenancePolicy,
): ProvenanceOutcome {
  const outcome = verifyAttestations<SlsaStatement>(
    bundles,
    subject,
    trust,
    [SLSA_PROVENANCE_V1],
    (statement) => provenanceProblems(statement, subject.digest, policy),
  );
  if (!outcome.matched) return { rejected: outcome.rejected, checked: outcome.checked };
  const { ref, identity, statement } = outcome.matched;
  return {
    matched: { ref, identity, builder: statement.predicate?.runDetails?.builder?.id ?? '' },
    rejected: outcome.rejected,
    checked: outcome.checked,
  };
}

export function regexpInput(value: string | undefined, name: string): RegExp | undefined {
  if (!value) return undefined;
  try {
    return new RegExp(value);
  } catch (error) {
    throw new ConfigurationError(
      `Input "${name}" is not a valid regular expression: ${errorMessage(error)}.`,
      name,
    );
  }
}
