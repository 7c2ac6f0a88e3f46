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

/** A log line the runner consumed as a workflow command although the action did not write it as one. */
export interface InjectedCommand {
  stage: StepStage;
  stream: StreamName;
  line: string;
}

/**
 * Log lines the runner consumed as commands that start with one of the `planted` commands (the
 * hostile text a test put into a file name, an argument or a server answer), or that are legacy
 * `##[` commands, which the actions never write. The action's own commands carry planted text only
 * escaped inside their data, so they never start with it; a `##[` in their data is inert because
 * the runner reads a line that starts with `::` as that command first.
 */
export function findInjectedCommands(
  run: ActionRun | StepResult,
  planted: readonly string[],
): InjectedCommand[] {
  const found: InjectedCommand[] = [];
  for (const step of stepsOf(run)) {
    for (const entry of step.log) {
      if (!entry.command) continue;
      const line = entry.text.trimStart();
      const legacy = !line.startsWith('::') && entry.text.includes('##[');
      if (legacy || planted.some((command) => line.startsWith(command)))
        found.push({ stage: step.stage, stream: entry.stream, line: entry.text });
    }
  }
  return found;
}

/** Throws when the runner executed a planted command (see findInjectedCommands). */
export function expectNoInjectedCommands(run: ActionRun | StepResult, planted: readonly string[]): void {
  const injected = findInjectedCommands(run, planted);
  if (injected.length > 0) {
    const where = injected.map((found) => `  ${found.stage} ${found.stream}: ${found.line}`).join('\n');
    throw new Error(`The runner executed ${injected.length} command(s) the action did not write:\n${where}`);
  }
}
