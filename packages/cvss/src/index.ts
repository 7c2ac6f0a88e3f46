export { InvalidCvssVectorError } from './errors';
export { cvss3BaseScore } from './cvss3';
export { cvss4Score } from './cvss4';
export { ratingOf } from './rating';
export type { CvssRating } from './rating';
export { highestSeverity } from './osv-severity';
export type { OsvSeverityFields, RecordSeverity, SeverityLevel, SeveritySource } from './osv-severity';
