import type { TestResult } from './model';

/**
 * A copy of a string that does not share memory with the chunk it was sliced from.
 * V8 keeps a whole parent string alive for any slice of it: keeping a 20-byte test
 * name from a 1 MiB chunk would keep the chunk.
 */
export function detach(text: string): string {
  return text.length === 0 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

/** A result whose strings are all detached copies: safe to hold while the report is read on. */
export function detachResult<T extends TestResult>(test: T): T {
  const copy: T = { ...test, name: detach(test.name), suite: detach(test.suite) };
  if (test.file !== undefined) copy.file = detach(test.file);
  if (test.skipReason !== undefined) copy.skipReason = detach(test.skipReason);
  if (test.failure) {
    copy.failure = {
      ...test.failure,
      message: detach(test.failure.message),
      details: detach(test.failure.details),
    };
    if (test.failure.type !== undefined) copy.failure.type = detach(test.failure.type);
  }
  return copy;
}
