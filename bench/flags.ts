// Command-line flags of the bench scripts, written `--name value`.

/** The value after `--name`, or undefined when the flag is not given. */
export function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** A numeric flag, or `fallback` when it is not given; a value that is not a number is refused, naming the flag. */
export function numberFlag(name: string, fallback: number): number {
  const text = flag(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new Error(`--${name} takes a number, not ${JSON.stringify(text)}.`);
  return value;
}
