// Leak checks: a secret printed before its `::add-mask::` (or never masked) shows in the real runner's log.

import type { ActionRun, StepResult, StepStage, StreamName } from './types';

export interface SecretLeak {
  stage: StepStage;
  stream: StreamName;
  /** 1-based line number within the step's stream. */
  line: number;
  /** The logged line with the secret replaced by `<secret>`. */
  excerpt: string;
}

function stepsOf(run: ActionRun | StepResult): StepResult[] {
  if ('main' in run)
    return [run.pre, run.main, run.post].filter((step): step is StepResult => step !== undefined);
  return [run];
}

/** Every log line (stdout and stderr, all steps) where the secret would appear unmasked in the runner's log. */
export function findSecretLeaks(run: ActionRun | StepResult, secret: string): SecretLeak[] {
  if (secret === '') throw new Error('findSecretLeaks: the secret must not be empty');
  const leaks: SecretLeak[] = [];
  for (const step of stepsOf(run)) {
    const counters: Record<StreamName, number> = { stdout: 0, stderr: 0 };
    for (const entry of step.log) {
      counters[entry.stream] += 1;
      if (entry.masked.includes(secret)) {
        leaks.push({
          stage: step.stage,
          stream: entry.stream,
          line: counters[entry.stream],
          excerpt: entry.masked.split(secret).join('<secret>'),
        });
      }
    }
  }
  return leaks;
}

/** Throws when the secret appears unmasked in any step's log (e.g. logged before its `::add-mask::`). */
export function expectNoSecretLeak(run: ActionRun | StepResult, secret: string): void {
  const leaks = findSecretLeaks(run, secret);
  if (leaks.length > 0) {
    const where = leaks
      .map((leak) => `  ${leak.stage} ${leak.stream} line ${leak.line}: ${leak.excerpt}`)
      .join('\n');
    throw new Error(`A secret appears unmasked in the runner log (${leaks.length} line(s)):\n${where}`);
  }
}
