import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CappedText, capBytes } from '../src/capped-text';
import { parseCtrf } from '../src/ctrf';
import { parseJUnit } from '../src/junit';
import { LocationResolver } from '../src/location';
import { MAX_NAME_BYTES, ReportParseError, type TestResult } from '../src/model';
import { Quarantine } from '../src/quarantine';
import { stackLocations } from '../src/stack-locations';
import { LINE_PATTERNS, parseTap, trailingLocation } from '../src/tap';
import { TOTALS_PATTERNS } from '../src/tap-totals';
import { collect } from './parse-helpers';

/*
 * Hostile reports: one huge token each. Speed itself is measured by bench/hostile-reports.ts;
 * these tests pin what makes it linear — how many characters the parsers look at, how long
 * the text a regular expression sees can be, and the caps with their markers.
 */

const CHUNK = 4096;
const PATH_LIKE = 'src/module/feature.test.ts/';

/**
 * Runs `work` while counting the characters the string searches look at: each indexOf and
 * lastIndexOf counts the span it searched, each charCodeAt one. A parser that searches a
 * token again from its start on every chunk shows up as quadratic here.
 */
async function charactersExamined(work: () => Promise<unknown>): Promise<number> {
  const prototype = String.prototype;
  const { indexOf, lastIndexOf, charCodeAt } = prototype;
  let examined = 0;
  prototype.indexOf = function (this: string, search: string, position?: number): number {
    const from = Math.min(Math.max(position ?? 0, 0), this.length);
    const found = indexOf.call(this, search, from);
    examined += (found === -1 ? this.length : found + search.length) - from;
    return found;
  };
  prototype.lastIndexOf = function (this: string, search: string, position?: number): number {
    const from = Math.min(Math.max(position ?? this.length, 0), this.length);
    const found = lastIndexOf.call(this, search, from);
    examined += from - (found === -1 ? 0 : found);
    return found;
  };
  prototype.charCodeAt = function (this: string, index: number): number {
    examined++;
    return charCodeAt.call(this, index);
  };
  try {
    await work();
  } finally {
    prototype.indexOf = indexOf;
    prototype.lastIndexOf = lastIndexOf;
    prototype.charCodeAt = charCodeAt;
  }
  return examined;
}

const junitCase = (inner: string): string =>
  `<?xml version="1.0"?>\n<testsuites><testsuite name="s">${inner}</testsuite></testsuites>\n`;

const hugeRun = (bytes: number, unit = PATH_LIKE): string => unit.repeat(Math.ceil(bytes / unit.length));

describe('the XML scanner resumes a token cut by a chunk instead of scanning it again', () => {
  const size = 256 * 1024;
  test.each([
    ['an attribute value', junitCase(`<testcase name="${hugeRun(size)}"/>`)],
    ['an element name', junitCase(`<testcase name="t"><${'x'.repeat(size)}/></testcase>`)],
    // Smaller: today's scanner searches to the tag's end for every attribute on every chunk (cubic).
    ['many attributes', junitCase(`<testcase name="t"${' a="v"'.repeat(size / 48)}/>`)],
    ['a closing tag', junitCase(`<testcase name="t"></testcase${' '.repeat(size)}>`)],
    ['a processing instruction', `<?pi ${hugeRun(size)}?>${junitCase('<testcase name="t"/>')}`],
    ['a DOCTYPE subset', `<!DOCTYPE x [ ${hugeRun(size)} ]>${junitCase('<testcase name="t"/>')}`],
    [
      'unread text after a stray "&"',
      junitCase(`<testcase name="t"><system-out>a & ${hugeRun(size)}</system-out></testcase>`),
    ],
    ['a comment', junitCase(`<!-- ${hugeRun(size)} --><testcase name="t"/>`)],
    [
      'a CDATA failure body',
      junitCase(`<testcase name="t"><failure><![CDATA[${hugeRun(size)}]]></failure></testcase>`),
    ],
  ])('%s', async (_shape, xml) => {
    let tests: TestResult[] = [];
    const examined = await charactersExamined(async () => {
      tests = await collect(parseJUnit, xml, CHUNK);
    });
    expect(tests).toHaveLength(1);
    // Each character a few times (the token's end, '<', '&', newlines); a rescan per chunk is ≥ 32× here.
    expect(examined).toBeLessThan(8 * xml.length);
  });

  test('an error quotes a huge element name cut short', async () => {
    const name = 'x'.repeat(100_000);
    const error = (await collect(parseJUnit, junitCase(`<${name} a=b/>`), CHUNK).catch(
      (caught: unknown) => caught,
    )) as ReportParseError;
    expect(error).toBeInstanceOf(ReportParseError);
    expect(error.message).toMatch(/is not quoted/);
    expect(error.message.length).toBeLessThan(1000);
  });

  test('an error inside a token that spans chunks still names its line and column', async () => {
    const xml = `<testsuites>\n<testsuite name="s">\n  <testcase name="${'y'.repeat(20_000)}"\n   bad/>`;
    const error = (await collect(parseJUnit, xml, 7).catch((caught: unknown) => caught)) as ReportParseError;
    expect(error.message).toMatch(/attribute bad in <testcase> has no value/);
    expect([error.line, error.column]).toEqual([4, 7]);
  });
});

describe('caps: in UTF-8 bytes, never inside a character, saying how much was cut', () => {
  const marker = / … \[(\d+) more bytes truncated\]$/;

  test('a failing TAP test with a huge description gets a capped message and name', async () => {
    const description = hugeRun(300_000);
    let tests: TestResult[] = [];
    const examined = await charactersExamined(async () => {
      tests = await collect(parseTap, `TAP version 13\n1..1\nnot ok 1 - ${description}\n`, CHUNK);
    });
    const [test] = tests as [TestResult];
    const message = test.failure?.message ?? '';
    expect(Buffer.byteLength(message)).toBeLessThanOrEqual((16 * 1024) / 4);
    const omitted = Number(marker.exec(message)?.[1]);
    expect(Buffer.byteLength(message.replace(marker, '')) + omitted).toBe(description.length);
    expect(Buffer.byteLength(test.name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(test.name).toMatch(marker);
    // The line is found with one pass over each chunk, not a search of the whole line per chunk.
    expect(examined).toBeLessThan(4 * description.length);
  });

  test('a JUnit failure body cut at the cap says by how many bytes', async () => {
    const xml = junitCase(
      `<testcase name="big"><failure message="m">${'x'.repeat(100_000)}</failure></testcase>`,
    );
    const [big] = await collect(parseJUnit, xml, CHUNK, 3000);
    const details = big?.failure?.details ?? '';
    expect(big?.failure?.truncated).toBe(true);
    expect(Buffer.byteLength(details)).toBeLessThanOrEqual(3000);
    expect(Buffer.byteLength(details)).toBeGreaterThan(2900);
    const omitted = Number(marker.exec(details)?.[1]);
    expect(details.replace(marker, '').length + omitted).toBe(100_000);
  });

  test.each([
    ['emoji (surrogate pairs)', '😀'],
    ['accented letters (2 bytes)', 'é'],
    ['CJK (3 bytes)', '試'],
    ['a mix', 'a😀é試'],
  ])('no character is split: %s', async (_what, unit) => {
    const body = unit.repeat(5000);
    // Odd chunk sizes cut surrogate pairs between chunks.
    for (const chunkSize of [7, 4095]) {
      const xml = junitCase(`<testcase name="t"><failure message="${body}">${body}</failure></testcase>`);
      const [test] = await collect(parseJUnit, xml, chunkSize, 1001);
      for (const text of [test?.failure?.message ?? '', test?.failure?.details ?? '']) {
        expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(text).toMatch(marker);
        expect(body.startsWith(text.replace(marker, ''))).toBe(true);
      }
      expect(Buffer.byteLength(test?.failure?.details ?? '')).toBeLessThanOrEqual(1001);
    }
  });

  test('the cap counts bytes, not a third of them', () => {
    const capped = new CappedText(16 * 1024);
    capped.append('x'.repeat(40_000));
    const text = capped.toString();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(16 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThan(16 * 1024 - 64);
    const message = capBytes('é'.repeat(10_000), 4096);
    expect(message.omittedBytes + Buffer.byteLength(message.text.replace(marker, ''))).toBe(20_000);
    expect(capBytes('short', 4096)).toEqual({ text: 'short', truncated: false, omittedBytes: 0 });
  });

  test('a CTRF string longer than 64 MiB is refused, not held', async () => {
    async function* chunks(): AsyncGenerator<string> {
      yield '{"results":{"tool":{"name":"x"},"tests":[{"name":"t","status":"failed","message":"';
      const block = 'x'.repeat(1024 * 1024);
      for (let index = 0; index < 65; index++) yield block;
      yield '"}]}}';
    }
    const error = await parseCtrf(chunks(), { fileName: 'ctrf.json', onTest: () => undefined }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ReportParseError);
    expect((error as Error).message).toMatch(/longer than 67108864 bytes/);
  });
});

describe('locations are found in linear time', () => {
  test('resolving a failure runs no regular expression over more than the capped message and details', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'hostile-ws-'));
    mkdirSync(join(workspace, 'test'));
    writeFileSync(join(workspace, 'test', 'math.test.js'), '');
    const description = `${hugeRun(200_000)} at test/math.test.js:7:3`;
    const [test] = await collect(parseTap, `1..1\nnot ok 1 - ${description}\n`, CHUNK);
    const resolver = new LocationResolver(workspace);
    const longest = { length: 0 };
    const guarded = [Symbol.matchAll, Symbol.match, Symbol.replace, Symbol.search, Symbol.split] as const;
    const originals = guarded.map((symbol) => RegExp.prototype[symbol]);
    const originalExec = RegExp.prototype.exec;
    const check = (text: unknown): void => {
      const length = String(text).length;
      longest.length = Math.max(longest.length, length);
      // Stop at once: today's backtracking search over the whole description would not finish.
      if (length > 32 * 1024) throw new Error(`a regular expression ran over ${length} characters`);
    };
    guarded.forEach((symbol, index) => {
      const original = originals[index] as (this: RegExp, ...args: unknown[]) => unknown;
      (RegExp.prototype as unknown as Record<symbol, unknown>)[symbol] = function (
        this: RegExp,
        ...args: unknown[]
      ) {
        check(args[0]);
        return original.apply(this, args);
      };
    });
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      check(text);
      return originalExec.call(this, text);
    };
    let location: ReturnType<LocationResolver['resolve']>;
    try {
      location = resolver.resolve(test as TestResult);
    } finally {
      guarded.forEach((symbol, index) => {
        (RegExp.prototype as unknown as Record<symbol, unknown>)[symbol] = originals[index];
      });
      RegExp.prototype.exec = originalExec;
    }
    expect(longest.length).toBeLessThanOrEqual(32 * 1024);
    // The location sits past the cap: the message kept its start, which names no file.
    expect(location).toBeUndefined();
  });

  test('a long run of path characters is read once, and the location after it is found', async () => {
    const text = `${hugeRun(1_000_000)} at ${PATH_LIKE}x.ts:12:5 and C:\\w\\a.py:3`;
    let found: { path: string; line: number }[] = [];
    const examined = await charactersExamined(async () => {
      found = [...stackLocations(text)];
    });
    expect(found).toEqual([
      { path: `${PATH_LIKE}x.ts`, line: 12 },
      { path: 'C:\\w\\a.py', line: 3 },
    ]);
    expect(examined).toBeLessThan(3 * text.length);
  });

  test('finds what the regular expression it replaces found, in the same order', () => {
    const reference =
      /(?:file:\/\/)?((?:[A-Za-z]:)?[^\s()'"`<>:]*[^\s()'"`<>:.]\.[A-Za-z0-9]{1,6}):(\d+)(?::\d+)?/g;
    const pieces = [
      'a',
      'C',
      '.',
      ':',
      '/',
      '\\',
      '1',
      '0',
      ' ',
      '(',
      ')',
      'file://',
      'js',
      'x.ts:',
      '"',
      '\u00a0',
      'é',
      '-',
    ];
    const random = seeded(42);
    for (let round = 0; round < 5_000; round++) {
      let text = '';
      for (let length = random(24); length > 0; length--) text += pieces[random(pieces.length)];
      const expected = [...text.matchAll(reference)].map((match) => ({
        path: match[1],
        line: Number(match[2]),
      }));
      expect([...stackLocations(text)]).toEqual(expected);
    }
  });

  test('the TAP location field is read from its end, as the lazy pattern it replaces read it', () => {
    const reference = /\(?([^()\s]+?):(\d+)(?::\d+)?\)?$/;
    const pieces = ['a', '(', ')', ':', '1', '2', ' ', 'x.js', '/', '\u00a0'];
    const random = seeded(7);
    for (let round = 0; round < 5_000; round++) {
      let text = '';
      for (let length = random(14); length > 0; length--) text += pieces[random(pieces.length)];
      const match = reference.exec(text);
      expect(trailingLocation(text)).toEqual(match ? { file: match[1], line: Number(match[2]) } : undefined);
    }
    expect(trailingLocation(`${'a:1'.repeat(100_000)}x`)).toBeUndefined();
    expect(trailingLocation('TestContext.<anonymous> (file:///w/a.test.js:13:12)')).toEqual({
      file: 'file:///w/a.test.js',
      line: 13,
    });
  });

  test('a path through a file, or longer than any path can be, is not in the workspace (no crash)', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'hostile-ws-'));
    mkdirSync(join(workspace, 'test'));
    writeFileSync(join(workspace, 'test', 'math.test.js'), '');
    const resolver = new LocationResolver(workspace);
    const failing = (file: string): TestResult => ({
      name: 't',
      suite: '',
      file,
      status: 'failed',
      durationMs: 0,
      attempts: 1,
      flaky: false,
      failure: { message: `at ${file}:3`, details: '', truncated: false },
    });
    for (const file of ['test/math.test.js/inner.js', `${'a/'.repeat(3000)}x.js`, `${'b'.repeat(5000)}.js`]) {
      expect(resolver.resolve(failing(file))).toMatchObject({ inWorkspace: false });
    }
  });
});

describe('quarantine globs', () => {
  test('match a hostile name with one search per part, not a backtracking regular expression', () => {
    const quarantine = Quarantine.parse('*network*timeout*\nsuite › db *\n');
    const name = `${'network'.repeat(580)}x`;
    const { result, runs } = countRegexRuns(() =>
      [
        quarantine.match({ suite: 'suite', name }),
        quarantine.match({ suite: 'suite', name: 'network read timeout' }),
        quarantine.match({ suite: 'suite', name: 'db write\nretried' }),
      ].map((entry) => entry?.pattern),
    );
    expect(runs).toBe(0);
    expect(result).toEqual([undefined, '*network*timeout*', 'suite › db *']);
  });
});

/** Runs `work` while counting the regular expressions it runs (test and exec). */
function countRegexRuns<T>(work: () => T): { result: T; runs: number } {
  const { test: originalTest, exec: originalExec } = RegExp.prototype;
  let runs = 0;
  RegExp.prototype.test = function (this: RegExp, text: string) {
    runs++;
    return originalTest.call(this, text);
  };
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    runs++;
    return originalExec.call(this, text);
  };
  try {
    return { result: work(), runs };
  } finally {
    RegExp.prototype.test = originalTest;
    RegExp.prototype.exec = originalExec;
  }
}

describe('TAP lines with a stray carriage return', () => {
  test('line patterns cannot backtrack through the line: any "." is written with the s flag', () => {
    for (const [name, pattern] of Object.entries({ ...LINE_PATTERNS, ...TOTALS_PATTERNS })) {
      // A "." outside a character class, unescaped, is JavaScript's any-character-but-a-line-end.
      const bare = pattern.source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
      if (bare.includes('.')) expect({ name, dotAll: pattern.dotAll }).toEqual({ name, dotAll: true });
    }
  });

  test('are read as before: a point, subtest, bail-out or harness line holding one is not one', async () => {
    const long = 'a'.repeat(50_000);
    const tap = [
      't/a.t .. ',
      '1..2',
      `ok${' '.repeat(50_000)}${long}\rb`,
      `# Subtest:${' '.repeat(50_000)}${long}\rb`,
      `Bail out!${' '.repeat(50_000)}${long}\rb`,
      `x${' ..skipped'.repeat(5_000)}\rb`,
      'ok 1 - one # skip  why\r',
      'ok 2 - two',
      '',
    ].join('\n');
    const tests = await collect(parseTap, tap, CHUNK);
    expect(tests.map((t) => [t.name, t.status, t.skipReason])).toEqual([
      ['one', 'skipped', 'why'],
      ['two', 'passed', undefined],
    ]);
  });
});

function seeded(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % below;
  };
}
