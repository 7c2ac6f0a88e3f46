import { describe, expect, test } from '@jest/globals';
import { InvalidCvssVectorError, cvss3BaseScore, cvss4Score, ratingOf } from '../src/index';
import { CVSS31_SCORED, CVSS40_SCORED } from './scored-vectors';

// NVD's published v3.1 base scores of well-known vulnerabilities.
const PUBLISHED_V31: readonly (readonly [string, string, number])[] = [
  ['CVE-2021-44228 (Log4Shell)', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10.0],
  ['CVE-2024-3094 (xz backdoor)', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10.0],
  ['CVE-2014-6271 (Shellshock)', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
  ['CVE-2014-0160 (Heartbleed)', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5],
  ['CVE-2023-44487 (HTTP/2 Rapid Reset)', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
  ['CVE-2023-4863 (libwebp)', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 8.8],
  ['CVE-2021-3156 (sudo Baron Samedit)', 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
  ['CVE-2022-0847 (Dirty Pipe)', 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
  ['a reflected XSS', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
  ['a stored XSS', 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
  ['an information leak', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N', 5.3],
  ['no impact', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0.0],
];

describe('CVSS v3.1 base score', () => {
  test.each(PUBLISHED_V31)('%s: %s scores %s', (_name, vector, score) => {
    expect(cvss3BaseScore(vector)).toBe(score);
  });

  test('agrees with the reference calculator on a sample of every metric combination', () => {
    expect(CVSS31_SCORED.length).toBeGreaterThan(90);
    const wrong = CVSS31_SCORED.filter(([vector, score]) => cvss3BaseScore(vector) !== score);
    expect(wrong).toEqual([]);
  });

  test('CVSS:3.0 vectors score by the same base formula', () => {
    expect(cvss3BaseScore('CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    expect(cvss3BaseScore('CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N')).toBe(6.1);
  });

  test('temporal and environmental metrics are checked but leave the base score alone', () => {
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:R/CR:L/MAV:P')).toBe(9.8);
  });
});

describe('CVSS v4.0 score', () => {
  test('agrees with the reference calculator on base, threat, environmental and supplemental vectors', () => {
    expect(CVSS40_SCORED.length).toBeGreaterThan(150);
    const wrong = CVSS40_SCORED.map(([vector, score]) => ({
      vector,
      expected: score,
      actual: cvss4Score(vector),
    })).filter((row) => row.actual !== row.expected);
    expect(wrong).toEqual([]);
  });

  test('the highest and lowest macrovectors', () => {
    expect(cvss4Score('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H')).toBe(10);
    expect(cvss4Score('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBe(9.3);
    expect(cvss4Score('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N')).toBe(0);
    // E:X (not given) is the worst case, the same as E:A.
    expect(cvss4Score('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:X')).toBe(9.3);
    expect(cvss4Score('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A')).toBe(9.3);
  });
});

describe('invalid vectors name the metric at fault', () => {
  test.each([
    ['AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'must start with "CVSS:3.1/" or "CVSS:3.0/"', undefined],
    [
      'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      'metric AV has the invalid value "Q" (allowed: N, A, L, P)',
      'AV',
    ],
    ['CVSS:3.1/AV:N/AC:L/UI:N/S:U/C:H/I:H/A:H', 'the base metric PR missing', 'PR'],
    ['CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'metric AV is given twice', 'AV'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ZZ:1', 'unknown metric ZZ', 'ZZ'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A', '"A" is not METRIC:VALUE', undefined],
  ])('v3: %s', (vector, message, metric) => {
    expect(() => cvss3BaseScore(vector)).toThrow(message);
    try {
      cvss3BaseScore(vector);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidCvssVectorError);
      expect((error as InvalidCvssVectorError).metric).toBe(metric);
    }
  });

  test.each([
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H', 'the base metric SA missing'],
    [
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:S/SA:H',
      'metric SI has the invalid value "S"',
    ],
    [
      'CVSS:4.0/AV:N/AC:L/AT:X/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H',
      'metric AT has the invalid value "X"',
    ],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'must start with "CVSS:4.0/"'],
  ])('v4: %s', (vector, message) => {
    expect(() => cvss4Score(vector)).toThrow(message);
  });
});

describe('severity rating', () => {
  test.each([
    [0, 'none'],
    [0.1, 'low'],
    [3.9, 'low'],
    [4.0, 'medium'],
    [6.9, 'medium'],
    [7.0, 'high'],
    [8.9, 'high'],
    [9.0, 'critical'],
    [10, 'critical'],
  ])('%s is %s', (score, rating) => {
    expect(ratingOf(score)).toBe(rating);
  });
});
