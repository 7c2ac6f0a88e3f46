import { describe, expect, test } from '@jest/globals';
import { parseJUnit } from '../src/junit';
import { ReportParseError } from '../src/model';
import { byName, collect, collectWithWarnings } from './parse-helpers';

const surefire = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="com.acme.CartTest" tests="4" failures="1" errors="1" skipped="1" time="1,234.5">
  <properties><property name="java.version" value="21"/></properties>
  <testcase name="addsItem" classname="com.acme.CartTest" time="0.010"/>
  <testcase name="removesItem" classname="com.acme.CartTest" time="1,002.5">
    <failure message="expected: &lt;1&gt; but was: &lt;2&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError: expected: <1> but was: <2>
	at com.acme.CartTest.removesItem(CartTest.java:42)]]></failure>
    <system-out>lots of output that is never kept</system-out>
  </testcase>
  <testcase name="checkout" classname="com.acme.CartTest" time="0.5"><error message="boom" type="java.lang.IllegalStateException">java.lang.IllegalStateException: boom</error></testcase>
  <testcase name="refund" classname="com.acme.CartTest" time="0"><skipped message="not yet"/></testcase>
  <testcase name="flakyNetwork" classname="com.acme.CartTest" time="0.3">
    <flakyFailure message="timed out" type="java.net.SocketTimeoutException"><stackTrace>java.net.SocketTimeoutException: timed out</stackTrace></flakyFailure>
  </testcase>
  <testcase name="alwaysBroken" classname="com.acme.CartTest" time="0.3">
    <failure message="nope"/>
    <rerunFailure message="nope again"/>
  </testcase>
</testsuite>`;

describe('JUnit', () => {
  test('reads statuses, messages, durations and reruns from a surefire report', async () => {
    const tests = await collect(parseJUnit, surefire);
    expect(tests).toHaveLength(6);
    expect(byName(tests, 'addsItem')).toMatchObject({
      status: 'passed',
      suite: 'com.acme.CartTest',
      durationMs: 10,
    });
    const removes = byName(tests, 'removesItem');
    expect(removes).toMatchObject({ status: 'failed', durationMs: 1002500 });
    expect(removes.failure?.message).toBe('expected: <1> but was: <2>');
    expect(removes.failure?.details).toContain('CartTest.java:42');
    expect(removes.failure?.details).not.toContain('never kept');
    expect(byName(tests, 'checkout')).toMatchObject({ status: 'error', failure: { message: 'boom' } });
    expect(byName(tests, 'refund')).toMatchObject({ status: 'skipped', skipReason: 'not yet' });
    expect(byName(tests, 'flakyNetwork')).toMatchObject({
      status: 'passed',
      flaky: true,
      attempts: 2,
      failure: { message: 'timed out' },
    });
    expect(byName(tests, 'alwaysBroken')).toMatchObject({ status: 'failed', flaky: false, attempts: 2 });
  });

  test('cargo-nextest: flaky and rerun failures, panic messages with their location', async () => {
    const nextest = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="nextest-run" tests="3" failures="1" errors="0" uuid="1b5c4d2e" timestamp="2026-11-30T10:00:00.000+00:00" time="0.120">
  <testsuite name="shop" tests="3" disabled="0" errors="0" failures="1">
    <testcase name="tests::adds" classname="shop" timestamp="2026-11-30T10:00:00.001+00:00" time="0.002"/>
    <testcase name="tests::flaky_clock" classname="shop" timestamp="2026-11-30T10:00:00.002+00:00" time="0.011">
      <flakyFailure type="test failure" message="thread 'tests::flaky_clock' panicked at src/lib.rs:31:9"><system-out>first attempt</system-out></flakyFailure>
    </testcase>
    <testcase name="tests::totals" classname="shop" timestamp="2026-11-30T10:00:00.003+00:00" time="0.004">
      <failure type="test failure" message="thread 'tests::totals' panicked at src/lib.rs:10:5">thread 'tests::totals' panicked at src/lib.rs:10:5:
assertion \`left == right\` failed
  left: 5
 right: 6</failure>
      <rerunFailure type="test failure" message="thread 'tests::totals' panicked at src/lib.rs:10:5"/>
    </testcase>
  </testsuite>
</testsuites>`;
    const tests = await collect(parseJUnit, nextest);
    expect(tests.map((t) => [t.suite, t.name, t.status, t.flaky, t.attempts])).toEqual([
      ['shop', 'tests::adds', 'passed', false, 1],
      ['shop', 'tests::flaky_clock', 'passed', true, 2],
      ['shop', 'tests::totals', 'failed', false, 2],
    ]);
    expect(byName(tests, 'tests::totals').failure?.details).toContain('right: 6');
    expect(byName(tests, 'tests::totals').failure?.message).toContain('src/lib.rs:10:5');
  });

  test('go-junit-report: package suites, properties, output-only failure text', async () => {
    const goJunit = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="2" failures="1">
  <testsuite name="example.com/shop" tests="2" failures="1" errors="0" id="0" hostname="ci" time="0.003" timestamp="2026-11-30T10:00:00Z">
    <properties><property name="go.version" value="go1.19.8 linux/amd64"></property></properties>
    <testcase name="TestAdds" classname="example.com/shop" time="0.000"></testcase>
    <testcase name="TestTotals" classname="example.com/shop" time="0.001"><failure message="Failed" type="">    shop_test.go:12: expected 6, got 5</failure></testcase>
  </testsuite>
</testsuites>`;
    const tests = await collect(parseJUnit, goJunit);
    expect(tests.map((t) => [t.name, t.status])).toEqual([
      ['TestAdds', 'passed'],
      ['TestTotals', 'failed'],
    ]);
    expect(byName(tests, 'TestTotals').failure?.details).toContain('shop_test.go:12: expected 6, got 5');
  });

  test('gives the same result however the input is chunked', async () => {
    const whole = await collect(parseJUnit, surefire, 1 << 20);
    for (const size of [1, 3, 16]) expect(await collect(parseJUnit, surefire, size)).toEqual(whole);
  });

  test('merges a retried case written twice into one flaky test', async () => {
    const xml = `<testsuites><testsuite name="pkg">
      <testcase classname="pkg" name="TestRetry" time="0.1"><failure message="first try"/></testcase>
      <testcase classname="pkg" name="TestOther" time="0.1"/>
      <testcase classname="pkg" name="TestRetry" time="0.2"/>
      <testcase classname="pkg" name="TestStuck" time="0.1"><failure message="1"/></testcase>
      <testcase classname="pkg" name="TestStuck" time="0.1"><failure message="2"/></testcase>
    </testsuite></testsuites>`;
    const tests = await collect(parseJUnit, xml);
    expect(tests).toHaveLength(3);
    expect(byName(tests, 'TestRetry')).toMatchObject({
      status: 'passed',
      flaky: true,
      attempts: 2,
      failure: { message: 'first try' },
    });
    expect(byName(tests, 'TestStuck')).toMatchObject({
      status: 'failed',
      attempts: 2,
      failure: { message: '1' },
    });
  });

  test('takes file and line from the case, else from the enclosing suite (nested suites)', async () => {
    const xml = `<testsuites><testsuite name="all"><testsuite name="Unit" file="tests/UnitTest.php">
      <testcase name="a" class="UnitTest" file="tests/UnitTest.php" line="12"/>
      <testcase name="b" classname="UnitTest"/>
    </testsuite></testsuite></testsuites>`;
    const tests = await collect(parseJUnit, xml);
    expect(byName(tests, 'a')).toMatchObject({ file: 'tests/UnitTest.php', line: 12, suite: 'UnitTest' });
    expect(byName(tests, 'b')).toMatchObject({ file: 'tests/UnitTest.php' });
  });

  test('status attributes mark not-run tests as skipped (CTest)', async () => {
    const xml = `<testsuite name="ctest"><testcase name="t1" status="run"/><testcase name="t2" status="notrun"/><testcase name="t3" status="disabled"/></testsuite>`;
    const statuses = (await collect(parseJUnit, xml)).map((test) => test.status);
    expect(statuses).toEqual(['passed', 'skipped', 'skipped']);
  });

  test('caps failure details in bytes', async () => {
    const xml = `<testsuite><testcase name="big"><failure message="m">${'x'.repeat(100_000)}</failure></testcase></testsuite>`;
    const [big] = await collect(parseJUnit, xml, 4096, 3000);
    expect(Buffer.byteLength(big?.failure?.details ?? '')).toBeLessThanOrEqual(3000);
    expect(big?.failure?.truncated).toBe(true);
  });

  test.each([
    ['an unclosed element (truncated file)', '<testsuite name="x">\n  <testcase name="a">', 2, /truncated/],
    ['mismatched tags', '<testsuite>\n<testcase name="a"></testsuite>', 2, /does not match/],
    ['an unquoted attribute', '<testsuite>\n\n<testcase name=a/></testsuite>', 3, /not quoted/],
    ['an unknown entity', '<testsuite>\n<testcase name="a &nbsp; b"/></testsuite>', 2, /unknown entity/],
    ['a second root', '<testsuite/>\n<testsuite/>', 2, /only one root/],
  ])('malformed input is a ReportParseError with its line: %s', async (_what, xml, line, reason) => {
    const error = await collect(parseJUnit, xml, 5).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReportParseError);
    expect((error as ReportParseError).line).toBe(line);
    expect((error as ReportParseError).message).toMatch(reason);
    expect((error as ReportParseError).message).toMatch(/^report:\d+:\d+: /);
  });

  test('a document that is not JUnit is refused by name', async () => {
    const error = await collect(parseJUnit, '<html><body/></html>').catch((caught: unknown) => caught);
    expect((error as Error).message).toContain('root element is <html>');
  });

  test('decodes character references and keeps comments and doctype out of the way', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE testsuite><!-- <testcase name="ghost"/> --><testsuite><testcase name="caf&#233; &#x2713; &quot;q&quot;"/></testsuite>`;
    const tests = await collect(parseJUnit, xml, 4);
    expect(tests.map((test) => test.name)).toEqual(['café ✓ "q"']);
  });

  test("the root's own totals are checked against every <testcase> read, retries included", async () => {
    const cases =
      '<testcase name="a"/><testcase name="b"><failure/></testcase><testcase name="b"/><testcase name="c"><skipped/></testcase>';
    const agreeing = await collectWithWarnings(
      parseJUnit,
      `<testsuites tests="4" failures="1" errors="0" skipped="1"><testsuite>${cases}</testsuite></testsuites>`,
    );
    expect(agreeing.warnings).toEqual([]);
    const claiming = await collectWithWarnings(
      parseJUnit,
      `<testsuite tests="7" failures="1" errors="2">${cases}</testsuite>`,
    );
    expect(claiming.warnings).toEqual([
      "the report's <testsuite> totals: 7 tests, 3 failing; test-gate read 4 tests, 1 failing. The report may be incomplete, or its producer counts differently.",
    ]);
  });

  test('a todo that fails (node:test: <skipped type="todo"> beside <failure>) is skipped, not failed', async () => {
    const tests = await collect(
      parseJUnit,
      '<testsuites><testcase name="later"><skipped type="todo" message="soon"/><failure message="not yet"/></testcase></testsuites>',
    );
    expect(tests.map((test) => [test.name, test.status, test.failure, test.skipReason])).toEqual([
      ['later', 'skipped', undefined, 'soon'],
    ]);
  });
});
