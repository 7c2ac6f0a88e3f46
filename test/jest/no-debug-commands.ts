// Jest setup for every test file: a library run inside the test process must not print `::debug::`
// workflow commands into the test output (noise there, and commands a real runner would parse when
// the suite runs in CI). The file fails, naming the line and the fix.
import { afterAll } from '@jest/globals';

const stdout = process.stdout;
const original = stdout.write;
const leaked: string[] = [];
stdout.write = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  leaked.push(...(text.match(/^::debug::.*$/gm) ?? []));
  return Reflect.apply(original, stdout, [chunk, ...rest]) as boolean;
} as typeof stdout.write;

afterAll(() => {
  stdout.write = original;
  if (leaked.length > 0)
    throw new Error(
      `${leaked.length} "::debug::" line(s) reached the test output, the first: ${JSON.stringify(leaked[0]?.slice(0, 200))}. ` +
        'Run the library inside captureWorkflowCommands() from test/harness, as a runner would read its stdout.',
    );
});
