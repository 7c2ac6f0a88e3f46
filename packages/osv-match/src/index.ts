export { matchPackage, matchVulnerability } from './match';
export type { AffectedMatch, MatchReason, VulnerabilityMatch } from './match';
export type { InstalledPackage, OsvAffected, OsvEvent, OsvRange, OsvVulnerability } from './osv';
export { namesPackage, normalizePyPiName } from './package-identity';
export type { RangeHit } from './range';
