export { checkAction } from './check';
export { checkActionYml, BRANDING_COLORS, BRANDING_ICONS } from './action-yml';
export type { ActionManifest, ManifestInput, ManifestOutput } from './action-yml';
export { compareContract, findRawInputReads, loadContract } from './contract-check';
export { inputsTable, outputsTable, renderReadme, syncReadme } from './readme';
