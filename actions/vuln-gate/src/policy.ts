import { readFileSync } from 'node:fs';
import { parseIgnoreFile, parseVex, type FailOn, type Policy } from '@shipchain/vuln-scan';
import { workspaceFile } from './target';

export interface PolicyInputs {
  'fail-on': FailOn;
  'only-fixed': boolean;
  'ignore-file'?: string;
  vex: string[];
}

/** The gate's policy from the inputs: the ignore file and VEX documents read (inside the workspace) and checked now. */
export function readPolicy(inputs: PolicyInputs, workspace: string, imageDigest?: string): Policy {
  const ignoreFile = inputs['ignore-file'];
  const ignores = ignoreFile
    ? parseIgnoreFile(readFileSync(workspaceFile(ignoreFile, workspace, 'ignore-file'), 'utf8'), ignoreFile)
    : [];
  const vex = inputs.vex.flatMap((file) =>
    parseVex(readFileSync(workspaceFile(file, workspace, 'vex'), 'utf8'), file),
  );
  return {
    failOn: inputs['fail-on'],
    onlyFixed: inputs['only-fixed'],
    ignores,
    vex,
    now: new Date(),
    ...(imageDigest ? { imageDigest } : {}),
  };
}
