/** The qualitative severity scale CVSS v3.1 and v4.0 share. */
export type CvssRating = 'none' | 'low' | 'medium' | 'high' | 'critical';

export function ratingOf(score: number): CvssRating {
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}
