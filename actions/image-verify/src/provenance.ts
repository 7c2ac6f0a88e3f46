import { ConfigurationError, errorMessage } from '@shipchain/action-runtime';
import { dsseSignedBy, statementOf, verifyBundle, type ImageSubject } from '@shipchain/signing';
import type { ReferrerBundle } from './referrer-bundle';
import type { Trust } from './trust';

const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

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

interface SlsaStatement {
  subject?: { digest?: { sha256?: string } }[];
  predicateType?: string;
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
  if (!(statement.subject ?? []).some((subject) => `sha256:${subject.digest?.sha256 ?? ''}` === digest))
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

/** Every DSSE bundle referrer of the image: signature, certificate, identity, then the statement's policy. */
export async function verifyProvenance(
  bundles: ReferrerBundle[],
  subject: ImageSubject,
  trust: Trust,
  policy: ProvenancePolicy,
): Promise<ProvenanceOutcome> {
  const rejected: ProvenanceOutcome['rejected'] = [];
  let checked = 0;
  for (const { ref, bundle } of bundles) {
    const statement = statementOf(bundle) as SlsaStatement | undefined;
    if (!statement) continue; // a signature bundle, not an attestation
    checked++;
    const where = `${subject.name}@${ref}`;
    try {
      let by: string;
      if ('key' in trust) {
        if (!dsseSignedBy(bundle, trust.key))
          throw new Error('the DSSE signature does not verify with the given key');
        by = 'the given key';
      } else by = verifyBundle(bundle, undefined, trust.trustedRoot, trust.identity).identity;
      const problems = provenanceProblems(statement, subject.digest, policy);
      if (problems.length > 0) {
        rejected.push({ ref: where, reason: problems.join('; ') });
        continue;
      }
      return {
        matched: {
          ref: where,
          identity: by,
          builder: statement.predicate?.runDetails?.builder?.id ?? '',
        },
        rejected,
        checked,
      };
    } catch (error) {
      rejected.push({ ref: where, reason: errorMessage(error) });
    }
  }
  return { rejected, checked };
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
