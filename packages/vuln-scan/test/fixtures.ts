import type { Finding } from '../src/finding';

/** A finding as matching makes it; fields overridable per test. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'GHSA-2099-yaml-0001',
    aliases: ['CVE-2099-70001'],
    summary: 'yaml: uncontrolled recursion in alias resolution',
    url: 'https://osv.dev/vulnerability/GHSA-2099-yaml-0001',
    ecosystem: 'npm',
    package: 'yaml',
    version: '2.9.1',
    installed: [
      {
        name: 'yaml',
        version: '2.9.1',
        purl: 'pkg:npm/yaml@2.9.1',
        location: { file: 'web/package-lock.json', line: 66 },
      },
    ],
    fixed: ['2.9.2-rc.1'],
    severity: 'high',
    score: 7.5,
    ...overrides,
  };
}
