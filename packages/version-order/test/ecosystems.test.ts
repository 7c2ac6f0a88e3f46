import { describe, expect, test } from '@jest/globals';
import { InvalidVersionError, UnknownEcosystemError, versionOrderFor } from '../src/index';

describe('OSV ecosystem names', () => {
  test.each([
    ['Debian:12', 'dpkg'],
    ['Debian', 'dpkg'],
    ['Ubuntu:22.04:LTS', 'dpkg'],
    ['Alpine:v3.19', 'apk'],
    ['npm', 'SemVer'],
    ['crates.io', 'SemVer'],
    ['PyPI', 'PEP 440'],
    ['Go', 'Go'],
    ['Maven', 'Maven'],
    ['Maven:https://maven.google.com', 'Maven'],
    ['RubyGems', 'RubyGems'],
    ['Red Hat:rhel_aus:8.4::appstream', 'rpm'],
    ['Rocky Linux:9', 'rpm'],
  ])('%s compares by the %s rules', (ecosystem, name) => {
    expect(versionOrderFor(ecosystem).name).toBe(name);
  });

  test('the same pair orders by each ecosystem’s own rules', () => {
    // "1.0~rc1" is a dpkg pre-release but not a SemVer version; "1.0a1" is a PEP 440 pre-release.
    expect(versionOrderFor('Debian:12').compare('1.0~rc1', '1.0')).toBe(-1);
    expect(() => versionOrderFor('npm').compare('1.0~rc1', '1.0.0')).toThrow(InvalidVersionError);
    expect(versionOrderFor('PyPI').compare('1.0a1', '1.0')).toBe(-1);
    expect(versionOrderFor('Debian').compare('1.0a1', '1.0')).toBe(1);
  });

  test('an unknown ecosystem is named in the error, with the known ones', () => {
    expect(() => versionOrderFor('Hackage')).toThrow(UnknownEcosystemError);
    expect(() => versionOrderFor('Hackage')).toThrow(
      /Unknown OSV ecosystem "Hackage".*known: Debian, Ubuntu, Alpine/,
    );
    // Names are case-sensitive in OSV: "debian" is not "Debian".
    expect(() => versionOrderFor('debian:12')).toThrow('"debian:12"');
  });
});
