import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SummaryBuilder,
  appendStepSummary,
  errorMessage,
  markdownCode,
  markdownText,
  requestIdToken,
  type MainContext,
} from '@shipchain/action-runtime';
import { callApi, githubClient, isPermissionError } from '@shipchain/github-publish';
import { registryClientFromEnv } from '@shipchain/oci-client';
import { slsaBuildLevel, verifyJobToken } from '@shipchain/provenance';
import { attachAttestation, attestationSigner, digestSubject, signStatement } from '@shipchain/signing';
import type { inputs, outputs } from './contract';
import { collectSubjects, readableRoots, statementFor } from './statement';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

export async function main({ inputs, outputs, log, toolkit }: Context): Promise<void> {
  const startedOn = new Date();
  const env = toolkit.env();
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const roots = readableRoots(workspace, env.RUNNER_TEMP);
  const { subjects, images } = await collectSubjects(
    {
      subject: inputs.subject,
      subjectPath: inputs['subject-path'],
      ...(inputs['subject-checksums'] ? { subjectChecksums: inputs['subject-checksums'] } : {}),
    },
    workspace,
    roots,
  );
  // One token: its verified claims are the provenance, and (keyless) Fulcio certifies it.
  const token = await requestIdToken(env, 'sigstore', 'subject');
  toolkit.setSecret(token);
  const signer = await attestationSigner(inputs, workspace, async () => token);
  const claims = await verifyJobToken(token, inputs['oidc-issuer'], 'sigstore');
  const statement = await statementFor(
    subjects,
    claims,
    env.GITHUB_SERVER_URL ?? 'https://github.com',
    {
      ...(inputs['predicate-type'] ? { type: inputs['predicate-type'] } : {}),
      ...(inputs.predicate ? { predicate: inputs.predicate } : {}),
      ...(inputs['predicate-path'] ? { predicatePath: inputs['predicate-path'] } : {}),
    },
    workspace,
    startedOn,
    roots,
  );
  const attested = await signStatement(statement, signer);
  const bundlePath = join(env.RUNNER_TEMP ?? workspace, `provenance-${startedOn.getTime()}.sigstore.json`);
  await writeFile(bundlePath, JSON.stringify(attested.bundle, null, 2));
  const level = inputs['predicate-type'] ? '' : String(slsaBuildLevel(claims));
  log.info(`Attested ${subjects.length} subject(s) as ${attested.identity} (${statement.predicateType}).`);

  const refs: string[] = [];
  if (inputs['push-to-registry']) {
    for (const reference of images) {
      const subject = digestSubject(reference, 'subject');
      const client = await registryClientFromEnv(subject.registry, env, inputs['registry-insecure']);
      refs.push(...(await attachAttestation(client, subject, attested, inputs.format, 'subject')));
    }
  }

  let attestationId = '';
  if (inputs.upload !== 'false') attestationId = await upload(attested.bundle, inputs, env, log);

  outputs.set('bundle-path', bundlePath);
  outputs.set('attestation-refs', refs.join('\n'));
  outputs.set('attestation-id', attestationId);
  outputs.set('slsa-level', level);
  outputs.set('predicate-type', statement.predicateType);
  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath) {
    await appendStepSummary(summaryPath, (budget) =>
      new SummaryBuilder()
        .heading('Provenance', 2)
        .table(
          ['', ''],
          [
            ['Predicate', markdownCode(statement.predicateType)],
            [
              'Subjects',
              subjects
                .map((s) => `${markdownCode(s.name)} sha256:${markdownText(s.digest.sha256.slice(0, 12))}…`)
                .join('<br>'),
            ],
            ['Builder (signer)', markdownCode(attested.identity)],
            ...(level
              ? [
                  [
                    'SLSA Build level',
                    `L${level}${level === '2' ? ' (made in the calling job; use the isolated reusable workflow for L3)' : ''}`,
                  ],
                ]
              : []),
            ['Stored', refs.length > 0 ? refs.map(markdownCode).join('<br>') : 'not pushed to a registry'],
            ['Attestations API', attestationId ? `id ${markdownText(attestationId)}` : 'not uploaded'],
          ],
        )
        .render(budget),
    );
  }
}

/** POST the bundle to the repository's attestations API (what `gh attestation verify` reads). */
async function upload(
  bundle: unknown,
  inputs: Context['inputs'],
  env: Readonly<Record<string, string | undefined>>,
  log: Context['log'],
): Promise<string> {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  try {
    const client = githubClient(inputs['github-token'] ?? '', env.GITHUB_API_URL ?? 'https://api.github.com');
    const response = await callApi(() =>
      client.request('POST /repos/{owner}/{repo}/attestations', { owner, repo, bundle: bundle as never }),
    );
    return String((response.data as { id?: number }).id ?? '');
  } catch (error) {
    const message = `Uploading the attestation to ${owner}/${repo} failed (${errorMessage(error)})${isPermissionError(error) ? ': the token needs `attestations: write`' : ''}.`;
    if (inputs.upload === 'required') throw new Error(message, { cause: error });
    log.warning(`${message} The bundle is still attached to the image and written to bundle-path.`);
    return '';
  }
}
