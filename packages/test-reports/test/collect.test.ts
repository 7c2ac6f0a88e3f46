import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectReports } from '../src/collect';
import { detectFormat } from '../src/detect';
import { LocationResolver } from '../src/location';
import { Quarantine } from '../src/quarantine';
import type { TestResult } from '../src/model';

const passing = (name: string, extra: Partial<TestResult> = {}): TestResult => ({
  name,
  suite: 'suite',
  status: 'passed',
  durationMs: 1,
  attempts: 1,
  flaky: false,
  ...extra,
});

describe('format detection', () => {
  test.each([
    ['<?xml version="1.0"?><testsuites/>', 'junit'],
    ['\uFEFF  <testsuite/>', 'junit'],
    ['{"results":{}}', 'ctrf'],
    ['TAP version 14\n1..1\nok 1\n', 'tap'],
    ['# some banner\n1..2\nok 1\n', 'tap'],
    ['not ok 1 - x\n', 'tap'],
    ['Hello world', undefined],
  ])('%j → %s', (head, format) => {
    expect(detectFormat(head)).toBe(format);
  });
});

describe('quarantine', () => {
  const quarantine = Quarantine.parse('# flaky on CI\nsuite › exact name\n*network*\n/^db: .* timeout$/i\n');

  test('matches exact full names, globs and regular expressions', () => {
    expect(quarantine.match({ suite: 'suite', name: 'exact name' })?.pattern).toBe('suite › exact name');
    expect(quarantine.match({ suite: 'x', name: 'calls the network twice' })?.pattern).toBe('*network*');
    expect(quarantine.match({ suite: '', name: 'DB: insert TIMEOUT' })?.pattern).toBe('/^db: .* timeout$/i');
    expect(quarantine.match({ suite: 'other', name: 'exact name' })).toBeUndefined();
  });

  test('an invalid regular expression names the file line', () => {
    expect(() => Quarantine.parse('ok\n/(unclosed/\n', 'quarantine.txt')).toThrow(
      /quarantine.txt:2: invalid regular expression/,
    );
  });
});

describe('locations', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
  mkdirSync(join(workspace, 'test'), { recursive: true });
  writeFileSync(join(workspace, 'test', 'math.test.js'), '');
  const resolver = new LocationResolver(workspace);

  test('absolute paths inside the workspace become relative', () => {
    expect(resolver.resolve(passing('a', { file: join(workspace, 'test/math.test.js'), line: 3 }))).toEqual({
      file: 'test/math.test.js',
      line: 3,
      inWorkspace: true,
    });
  });

  test("another checkout's path is matched by its suffix, line from the stack", () => {
    const test = passing('a', {
      status: 'failed',
      failure: {
        message: 'x',
        details: 'at node_modules/lib/index.js:1:1\nat Object.<anonymous> (/app/test/math.test.js:12:5)',
        truncated: false,
      },
    });
    expect(resolver.resolve(test)).toEqual({ file: 'test/math.test.js', line: 12, inWorkspace: true });
  });

  test('a file not in the workspace is kept but marked', () => {
    expect(resolver.resolve(passing('a', { file: 'gone.js' }))).toEqual({
      file: 'gone.js',
      inWorkspace: false,
    });
  });
});

describe('collectReports', () => {
  test('mixes formats, keeps going past a broken report, streams the JSON report', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'collect-'));
    writeFileSync(
      join(directory, 'a.xml'),
      '<testsuite><testcase name="x" classname="c" file="a.js" time="2"/><testcase name="y" classname="c" file="a.js"><failure message="bad"/></testcase></testsuite>',
    );
    writeFileSync(join(directory, 'b.tap'), 'TAP version 13\nok 1 - z\nnot ok 2 - known flake\n1..2\n');
    writeFileSync(join(directory, 'c.xml'), '<testsuite><testcase name="lost"');
    const jsonReportPath = join(directory, 'report.json');
    const run = await collectReports(['a.xml', 'b.tap', 'c.xml'], {
      format: 'auto',
      quarantine: Quarantine.parse('known flake'),
      jsonReportPath,
      resolvePath: (path) => join(directory, path),
    });
    run.finishJson({ conclusion: 'failure' });
    expect(
      run.reports.map((report) => [report.path, report.format, report.tests, report.error?.line]),
    ).toEqual([
      ['a.xml', 'junit', 2, undefined],
      ['b.tap', 'tap', 2, undefined],
      ['c.xml', undefined, 0, 1],
    ]);
    expect(run.collector.totals).toMatchObject({ total: 4, passed: 2, failed: 1, quarantined: 1 });
    expect(run.collector.fileTimings.get('a.js')).toEqual({ durationMs: 2000, tests: 2 });
    const json = JSON.parse(readFileSync(jsonReportPath, 'utf8')) as {
      tests: { name: string; status: string; quarantinedBy?: string }[];
      conclusion: string;
    };
    expect(json.conclusion).toBe('failure');
    expect(json.tests.map((t) => t.name)).toEqual(['x', 'y', 'z', 'known flake']);
    expect(json.tests[3]?.quarantinedBy).toBe('known flake');
  });

  test('only failures keep details; slowest list is ordered and capped', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'collect-'));
    const cases = Array.from(
      { length: 50 },
      (_, index) => `<testcase name="t${index}" time="${index}"/>`,
    ).join('');
    writeFileSync(join(directory, 'many.xml'), `<testsuite>${cases}</testsuite>`);
    const run = await collectReports([join(directory, 'many.xml')], {
      format: 'junit',
      limits: { slowest: 3 },
    });
    expect(run.collector.slowest.map((t) => t.name)).toEqual(['t49', 't48', 't47']);
    expect(run.collector.failures).toEqual([]);
  });
});
