import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Writes a synthetic JUnit report of about `targetBytes`: suites of 200 cases,
 * 1% failing with a stack trace, 2% skipped, some system-out, like a large CI run.
 * With `oneLine`, the whole report is a single line (newlines become spaces).
 */
export async function generateJUnit(
  path: string,
  targetBytes: number,
  { oneLine = false }: { oneLine?: boolean } = {},
): Promise<{ tests: number; failures: number; skipped: number }> {
  const out = createWriteStream(path);
  let written = 0;
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const write = async (raw: string): Promise<void> => {
    const text = oneLine ? raw.replace(/\n/g, ' ') : raw;
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n');
  for (let suite = 0; written < targetBytes; suite++) {
    const file = `src/module-${suite % 500}/feature-${suite}.test.ts`;
    let body = `  <testsuite name="feature ${suite}" tests="200" file="${file}" time="12.5">\n`;
    for (let index = 0; index < 200; index++) {
      const id = tests++;
      body += `    <testcase classname="feature ${suite} &gt; group ${index % 7}" name="does thing number ${id} correctly &amp; fast" time="0.${(id * 7919) % 1000}" file="${file}">`;
      if (id % 100 === 37) {
        failures++;
        body += `\n      <failure message="expected 41 to equal 42" type="AssertionError"><![CDATA[AssertionError: expected 41 to equal 42\n    at Object.<anonymous> (${file}:${(id % 300) + 1}:17)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)]]></failure>\n    </testcase>\n`;
      } else if (id % 50 === 3) {
        skipped++;
        body += `<skipped message="not on this platform"/></testcase>\n`;
      } else if (id % 10 === 1) {
        body += `<system-out>log line for test ${id}: connecting to service at http://127.0.0.1:${8000 + (id % 1000)}/health and waiting</system-out></testcase>\n`;
      } else {
        body += '</testcase>\n';
      }
    }
    await write(body + '  </testsuite>\n');
  }
  await write('</testsuites>\n');
  out.end();
  await once(out, 'finish');
  return { tests, failures, skipped };
}
