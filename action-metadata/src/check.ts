import { checkActionYml } from './action-yml';
import { compareContract, findRawInputReads, loadContract } from './contract-check';
import { syncReadme } from './readme';

/** Every problem of one action: action.yml itself, its agreement with the code, and its README tables. */
export async function checkAction(actionDir: string, options: { write?: boolean } = {}): Promise<string[]> {
  const { manifest, problems } = await checkActionYml(actionDir);
  if (!manifest) return problems.map((problem) => `action.yml: ${problem}`);
  const contract = await loadContract(actionDir);
  const contractProblems = typeof contract === 'string' ? [contract] : compareContract(manifest, contract);
  return [
    ...problems.map((problem) => `action.yml: ${problem}`),
    ...contractProblems,
    ...(await findRawInputReads(actionDir)),
    ...(await syncReadme(actionDir, manifest, options.write ?? false)),
  ];
}
