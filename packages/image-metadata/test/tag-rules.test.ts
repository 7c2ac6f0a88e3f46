import { describe, expect, test } from '@jest/globals';
import { parseTagRules } from '../src/index';
import { configurationError } from './fixtures';

describe('parseTagRules: the grammar', () => {
  test('one rule per line; blank lines, comments and spaces around keys are ignored', () => {
    const rules = parseTagRules(
      [
        '# branches and PRs',
        'type=branch',
        '',
        '  type = pr , prefix = build- ',
        'type=semver,pattern={{ major }}.{{minor}},suffix=-slim,latest=true',
        'type=raw,value=latest,enable={{is_default_branch}}',
        'type=raw,value=edge,enable=false',
        'type=schedule',
      ].join('\r\n'),
    );
    expect(rules).toEqual([
      { type: 'branch', line: 2, text: 'type=branch', enable: true, prefix: '', suffix: '' },
      {
        type: 'pr',
        line: 4,
        text: 'type = pr , prefix = build-',
        enable: true,
        prefix: 'build-',
        suffix: '',
      },
      {
        type: 'semver',
        line: 5,
        text: 'type=semver,pattern={{ major }}.{{minor}},suffix=-slim,latest=true',
        enable: true,
        prefix: '',
        suffix: '-slim',
        pattern: [{ placeholder: 'major' }, { literal: '.' }, { placeholder: 'minor' }],
        latest: true,
      },
      {
        type: 'raw',
        line: 6,
        text: 'type=raw,value=latest,enable={{is_default_branch}}',
        enable: 'default-branch',
        prefix: '',
        suffix: '',
        value: 'latest',
      },
      {
        type: 'raw',
        line: 7,
        text: 'type=raw,value=edge,enable=false',
        enable: false,
        prefix: '',
        suffix: '',
        value: 'edge',
      },
      {
        type: 'schedule',
        line: 8,
        text: 'type=schedule',
        enable: true,
        prefix: '',
        suffix: '',
        value: 'nightly',
      },
    ]);
  });

  test('an empty input has no rules', () => {
    expect(parseTagRules('')).toEqual([]);
    expect(parseTagRules('\n# nothing\n')).toEqual([]);
  });
});

describe('parseTagRules: each mistake is reported with its line', () => {
  const cases: [string, string][] = [
    [
      'type=foo',
      'line 1 ("type=foo"): the type "foo" is unknown; use one of: branch, pr, semver, raw, schedule.',
    ],
    [
      'type=sha,format=long',
      'line 1 ("type=sha,format=long"): the type "sha" is unknown; the sha-<commit> tag is always added; set "sha-length" to change its length. Types are: branch, pr, semver, raw, schedule.',
    ],
    [
      'value=latest',
      'line 1 ("value=latest"): has no type; start it with type= and one of: branch, pr, semver, raw, schedule.',
    ],
    [
      'type=branch,value=x',
      'line 1 ("type=branch,value=x"): the key "value" is not accepted by type=branch; accepted keys: type, enable, prefix, suffix.',
    ],
    [
      'type=raw,value=a,value=b',
      'line 1 ("type=raw,value=a,value=b"): the key "value" is given twice; keep one.',
    ],
    [
      'type=raw,latest',
      'line 1 ("type=raw,latest"): "latest" is not key=value; write type=<type>,key=value,…',
    ],
    ['type=branch,', 'line 1 ("type=branch,"): has an empty item; remove the extra comma.'],
    ['type=raw', 'line 1 ("type=raw"): type=raw needs value=<tag>, such as value=latest.'],
    ['type=raw,value=', 'line 1 ("type=raw,value="): type=raw needs value=<tag>, such as value=latest.'],
    [
      'type=raw,value={{branch}}',
      'line 1 ("type=raw,value={{branch}}"): value={{branch}} uses a template; templates work only in a type=semver pattern.',
    ],
    [
      'type=raw,value=-x',
      'line 1 ("type=raw,value=-x"): makes tags such as "-x", which must start with a letter, digit or "_".',
    ],
    [
      'type=raw,value=a b',
      'line 1 ("type=raw,value=a b"): value=a b may contain only letters, digits, "_", "." and "-".',
    ],
    [
      `type=raw,value=${'x'.repeat(129)}`,
      `line 1 ("type=raw,value=${'x'.repeat(129)}"): makes tags such as "${'x'.repeat(129)}", which is longer than 128 characters.`,
    ],
    [
      'type=branch,prefix=.dev-',
      'line 1 ("type=branch,prefix=.dev-"): makes tags such as ".dev-main", which must start with a letter, digit or "_".',
    ],
    [
      'type=pr,suffix=/x',
      'line 1 ("type=pr,suffix=/x"): suffix=/x may contain only letters, digits, "_", "." and "-".',
    ],
    [
      'type=branch,enable=yes',
      'line 1 ("type=branch,enable=yes"): enable=yes is not accepted; use enable=true, enable=false or enable={{is_default_branch}}.',
    ],
    [
      'type=semver',
      'line 1 ("type=semver"): type=semver needs a pattern, such as pattern={{version}} or pattern={{major}}.{{minor}}.',
    ],
    [
      'type=semver,pattern={{version}},latest=yes',
      'line 1 ("type=semver,pattern={{version}},latest=yes"): latest=yes is not accepted; use latest=true or latest=false.',
    ],
    [
      'type=semver,pattern={{branch}}',
      'line 1 ("type=semver,pattern={{branch}}"): pattern={{branch}} uses {{branch}}; use {{version}}, {{major}}, {{minor}} or {{patch}}.',
    ],
    [
      'type=semver,pattern=stable',
      'line 1 ("type=semver,pattern=stable"): pattern=stable has no placeholder; use {{version}}, {{major}}, {{minor}} or {{patch}} (for a fixed tag use type=raw).',
    ],
    [
      'type=semver,pattern={{minor}}',
      'line 1 ("type=semver,pattern={{minor}}"): pattern={{minor}} skips a version part, so different releases would share a tag; use {{major}}, {{major}}.{{minor}} or {{version}}.',
    ],
    [
      'type=semver,pattern={{major}}.{{patch}}',
      'line 1 ("type=semver,pattern={{major}}.{{patch}}"): pattern={{major}}.{{patch}} skips a version part, so different releases would share a tag; use {{major}}, {{major}}.{{minor}} or {{version}}.',
    ],
    [
      'type=semver,pattern=v{{version}}+x',
      'line 1 ("type=semver,pattern=v{{version}}+x"): pattern=v{{version}}+x has "+x" outside placeholders; literal text may contain only letters, digits, "_", "." and "-", and placeholders are written {{version}}.',
    ],
    [
      'type=semver,pattern={{version',
      'line 1 ("type=semver,pattern={{version"): pattern={{version has "{{version" outside placeholders; literal text may contain only letters, digits, "_", "." and "-", and placeholders are written {{version}}.',
    ],
    [
      'type=semver,pattern=.{{version}}',
      'line 1 ("type=semver,pattern=.{{version}}"): makes tags such as ".1.2.3", which must start with a letter, digit or "_".',
    ],
  ];
  test.each(cases)('%j', (rules, problem) => {
    expect(configurationError(() => parseTagRules(rules), 'tag-rules').message).toBe(
      `Input "tag-rules" ${problem}`,
    );
  });

  test('several bad lines are reported together, numbered by their line in the input', () => {
    const rules = [
      'type=branch',
      '',
      '# fine so far',
      'type=Branch',
      'type=pr',
      'type=raw,valeu=latest',
    ].join('\n');
    expect(configurationError(() => parseTagRules(rules), 'tag-rules').message).toBe(
      'Input "tag-rules" has 2 problems: ' +
        '(1) line 4 ("type=Branch"): the type "Branch" is unknown; use one of: branch, pr, semver, raw, schedule. ' +
        '(2) line 6 ("type=raw,valeu=latest"): the key "valeu" is not accepted by type=raw; accepted keys: type, enable, prefix, suffix, value.',
    );
  });

  test('valid patterns', () => {
    for (const pattern of [
      '{{version}}',
      'v{{version}}',
      '{{major}}',
      '{{major}}.{{minor}}',
      '{{major}}.{{minor}}.{{patch}}',
    ]) {
      expect(parseTagRules(`type=semver,pattern=${pattern}`)).toHaveLength(1);
    }
  });
});
