import type { CollectedRun } from '@shipchain/test-reports';
import { budgetHeadline, type StageTiming } from './budget';
import type { Inputs } from './contract';
import { evaluateGate, type GateVerdict } from './gate';
import type { StageSetup } from './stage-setup';

/** The gate's verdict from the gating inputs, the results read, the command's exit and the budget. */
export function judgeStage(
  inputs: Pick<Inputs, 'fail-on-empty' | 'fail-on-parse-error' | 'min-tests'>,
  failOn: StageSetup['failOn'],
  run: CollectedRun,
  commandExitCode: number | undefined,
  timing: StageTiming,
): GateVerdict {
  const overBudget = timing.budget?.exceeded ? budgetHeadline(timing) : undefined;
  return evaluateGate(
    {
      failOn,
      failOnEmpty: inputs['fail-on-empty'],
      failOnParseError: inputs['fail-on-parse-error'],
      ...(inputs['min-tests'] !== undefined ? { minTests: inputs['min-tests'] } : {}),
    },
    {
      totals: run.collector.totals,
      reports: run.reports,
      ...(commandExitCode !== undefined ? { commandExitCode } : {}),
      ...(overBudget ? { overBudget: `the stage went ${overBudget}` } : {}),
    },
  );
}
